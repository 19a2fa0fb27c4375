using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Sitrep.Core.Corpus;
using Sitrep.Store.Rows;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Corpus;

/// <summary>
/// Syndication across the stored corpus, incrementally: each latest-version report not yet analysed gets its
/// 8-word runs and MinHash signature indexed, and is compared with everything analysed before it through two
/// indexed look-ups (its LSH buckets, its runs) rather than a scan. A near-copy (estimated Jaccard ≥
/// <see cref="MinHash.NearCopyThreshold"/>) gets <c>duplicate_of</c> the earlier-published report; any shared run
/// gives <c>shares_text_with</c> on both sides. Links go into <c>document_link_lists</c>, which only accumulates.
/// </summary>
public sealed class ReuseIndexer(DbConnection c, DbTransaction tx, CorpusDialect dialect, DateTimeOffset now, CancellationToken ct)
{
    /// <summary>Reports holding a run at which it counts as a stock phrase, not reuse (as in the batch pass).</summary>
    public const int StockPhraseOwners = 64;

    private const string Latest = "NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_version_id = d.id)";

    /// <summary>Time spent so far finding near-copies: the LSH bucket look-up and the signature comparisons.</summary>
    public TimeSpan NearCopyLookup { get; private set; }

    /// <summary>Indexes the reports not analysed yet, oldest first; returns how many.</summary>
    public async Task<int> IndexNewAsync()
    {
        var fresh = (await c.QueryAsync<NewDocument>(Cmd(
            $"SELECT d.id, d.doc_id, d.published, d.body FROM documents d WHERE {Latest} AND NOT EXISTS (SELECT 1 FROM corpus_documents x WHERE x.document_id = d.id) ORDER BY d.id",
            null)).ConfigureAwait(false)).ToList();
        foreach (var doc in fresh)
        {
            await IndexAsync(doc).ConfigureAwait(false);
        }

        return fresh.Count;
    }

    private async Task IndexAsync(NewDocument doc)
    {
        var shingles = TextReuse.Shingles(doc.Body).Select(h => unchecked((long)h)).ToList();
        var signature = MinHash.Signature(shingles.Select(h => unchecked((ulong)h)));
        var buckets = shingles.Count == 0 ? [] : MinHash.BandKeys(signature);

        // Near-copies: reports in one of this report's LSH buckets whose signature agrees often enough.
        var started = Stopwatch.GetTimestamp();
        var candidates = (await c.QueryAsync<Candidate>(Cmd(
            $"SELECT d.id, d.doc_id, d.published, x.minhash FROM corpus_documents x JOIN documents d ON d.id = x.document_id "
            + $"WHERE x.document_id IN (SELECT l.document_id FROM corpus_lsh l WHERE l.bucket IN {dialect.Set("buckets")}) AND {Latest}",
            new { buckets = dialect.Numbers(buckets) })).ConfigureAwait(false)).ToList();
        var nearCopies = candidates
            .Select(x => (x, similarity: MinHash.Similarity(signature, MinHash.FromBytes(x.Minhash))))
            .Where(p => p.similarity >= MinHash.NearCopyThreshold)
            .ToList();
        NearCopyLookup += Stopwatch.GetElapsedTime(started);

        // Passage reuse: stored reports holding one of this report's 8-word runs, stock phrases aside.
        var common = (await c.QueryAsync<long>(Cmd(
            $"SELECT shingle FROM corpus_shingle_counts WHERE shingle IN {dialect.Set("shingles")} AND documents >= {StockPhraseOwners}",
            new { shingles = dialect.Numbers(shingles) })).ConfigureAwait(false)).ToHashSet();
        var rare = shingles.Where(h => !common.Contains(h)).ToList();
        var shared = (await c.QueryAsync<Shared>(Cmd(
            $"SELECT d.id, d.doc_id, COUNT(*) AS runs FROM corpus_shingles s JOIN documents d ON d.id = s.document_id "
            + $"WHERE s.shingle IN {dialect.Set("shingles")} AND {Latest} GROUP BY d.id, d.doc_id",
            new { shingles = dialect.Numbers(rare) })).ConfigureAwait(false)).ToList();

        await ExecAsync(
            "INSERT INTO corpus_documents (document_id, shingles, minhash, analyzed_at) VALUES (@id, @count, @minhash, @now)",
            new { id = doc.Id, count = (long)shingles.Count, minhash = MinHash.ToBytes(signature), now }).ConfigureAwait(false);
        await ExecAsync($"INSERT INTO corpus_lsh (bucket, document_id) SELECT DISTINCT t.value, @id FROM {dialect.Set("buckets")} AS t WHERE true ON CONFLICT DO NOTHING", new { id = doc.Id, buckets = dialect.Numbers(buckets) }).ConfigureAwait(false);
        await ExecAsync($"INSERT INTO corpus_shingles (shingle, document_id) SELECT DISTINCT t.value, @id FROM {dialect.Set("shingles")} AS t WHERE true ON CONFLICT DO NOTHING", new { id = doc.Id, shingles = dialect.Numbers(rare) }).ConfigureAwait(false);
        await ExecAsync(
            $"INSERT INTO corpus_shingle_counts (shingle, documents) SELECT DISTINCT t.value, 1 FROM {dialect.Set("shingles")} AS t WHERE true "
            + "ON CONFLICT (shingle) DO UPDATE SET documents = corpus_shingle_counts.documents + 1",
            new { shingles = dialect.Numbers(shingles) }).ConfigureAwait(false);

        // Set-based writes: a report may share stock wording with many others, and each row costs a round trip.
        var others = shared.Where(x => x.Id != doc.Id).ToList();
        await ExecAsync(
            $"INSERT INTO corpus_reuse (document_id, other_id, kind, similarity, shared_runs) SELECT @id, p.a, 'shares_text', NULL, p.b FROM {dialect.Pairs("pairs")} AS p WHERE true ON CONFLICT DO NOTHING",
            new { id = doc.Id, pairs = CorpusDialect.PairsJson(others.Select(o => (o.Id, o.Runs))) }).ConfigureAwait(false);
        foreach (var (x, similarity) in nearCopies.Where(p => p.x.Id != doc.Id))
        {
            await ExecAsync(
                "INSERT INTO corpus_reuse (document_id, other_id, kind, similarity, shared_runs) VALUES (@id, @other, 'near_copy', @similarity, @runs) ON CONFLICT DO NOTHING",
                new { id = doc.Id, other = x.Id, similarity, runs = others.FirstOrDefault(o => o.Id == x.Id)?.Runs ?? 0 }).ConfigureAwait(false);
        }

        var sharing = new { id = doc.Id, docId = doc.DocId, kind = LinkRow.SharesTextWith, others = dialect.Numbers(others.Select(o => o.Id)) };
        var otherDocuments = $"FROM documents d WHERE d.id IN {dialect.Set("others")} AND d.doc_id <> @docId";
        await ExecAsync(
            $"INSERT INTO document_link_lists (document_id, kind, other_doc_ids) SELECT @id, @kind, {dialect.IdList("d.doc_id", otherDocuments)} "
            + $"WHERE EXISTS (SELECT 1 {otherDocuments}){dialect.LinkMerge}",
            sharing).ConfigureAwait(false);
        await ExecAsync(
            $"INSERT INTO document_link_lists (document_id, kind, other_doc_ids) SELECT d.id, @kind, {dialect.OneId("docId")} {otherDocuments}{dialect.LinkMerge}",
            sharing).ConfigureAwait(false);
        foreach (var (x, _) in nearCopies.Where(p => p.x.Id != doc.Id && p.x.DocId != doc.DocId))
        {
            // The copy is the one published later; when the dates cannot tell (missing, or equal as far as both go), the one stored later.
            var copyIsNew = !PublishedBefore(doc.Published, x.Published);
            await (copyIsNew ? LinkAsync(doc.Id, LinkRow.DuplicateOf, x.DocId) : LinkAsync(x.Id, LinkRow.DuplicateOf, doc.DocId)).ConfigureAwait(false);
        }
    }

    private static bool PublishedBefore(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var common = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a, 0, b, 0, common) < 0;
    }

    private Task<int> LinkAsync(long id, string kind, string other) =>
        ExecAsync($"INSERT INTO document_link_lists (document_id, kind, other_doc_ids) VALUES (@id, @kind, {dialect.OneId("other")}){dialect.LinkMerge}", new { id, kind, other });

    private Task<int> ExecAsync(string sql, object parameters) => c.ExecuteAsync(Cmd(sql, parameters));

    private CommandDefinition Cmd(string sql, object? parameters) => new(sql, parameters, tx, cancellationToken: ct);

    private sealed record NewDocument
    {
        public long Id { get; init; }

        public string DocId { get; init; } = "";

        public string? Published { get; init; }

        public string Body { get; init; } = "";
    }

    private sealed record Candidate
    {
        public long Id { get; init; }

        public string DocId { get; init; } = "";

        public string? Published { get; init; }

        public byte[] Minhash { get; init; } = [];
    }

    private sealed record Shared
    {
        public long Id { get; init; }

        public string DocId { get; init; } = "";

        public long Runs { get; init; }
    }
}
