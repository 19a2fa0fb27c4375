using System.Data.Common;
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
/// gives <c>shares_text_with</c> on both sides. Links go into <c>document_links</c>, which only accumulates.
/// </summary>
public sealed class ReuseIndexer(DbConnection c, DbTransaction tx, CorpusDialect dialect, DateTimeOffset now, CancellationToken ct)
{
    private const string Latest = "NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_version_id = d.id)";

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
        var candidates = (await c.QueryAsync<Candidate>(Cmd(
            $"SELECT d.id, d.doc_id, d.published, x.minhash FROM corpus_documents x JOIN documents d ON d.id = x.document_id "
            + $"WHERE x.document_id IN (SELECT l.document_id FROM corpus_lsh l WHERE l.bucket IN {dialect.Set("buckets")}) AND {Latest}",
            new { buckets = dialect.Numbers(buckets) })).ConfigureAwait(false)).ToList();
        var nearCopies = candidates
            .Select(x => (x, similarity: MinHash.Similarity(signature, MinHash.FromBytes(x.Minhash))))
            .Where(p => p.similarity >= MinHash.NearCopyThreshold)
            .ToList();

        // Passage reuse: stored reports holding any of this report's 8-word runs.
        var shared = (await c.QueryAsync<Shared>(Cmd(
            $"SELECT d.id, d.doc_id, COUNT(*) AS runs FROM corpus_shingles s JOIN documents d ON d.id = s.document_id "
            + $"WHERE s.shingle IN {dialect.Set("shingles")} AND {Latest} GROUP BY d.id, d.doc_id",
            new { shingles = dialect.Numbers(shingles) })).ConfigureAwait(false)).ToList();

        await ExecAsync(
            "INSERT INTO corpus_documents (document_id, shingles, minhash, analyzed_at) VALUES (@id, @count, @minhash, @now)",
            new { id = doc.Id, count = (long)shingles.Count, minhash = MinHash.ToBytes(signature), now }).ConfigureAwait(false);
        await ExecAsync($"INSERT INTO corpus_lsh (bucket, document_id) SELECT DISTINCT t.value, @id FROM {dialect.Set("buckets")} AS t WHERE true ON CONFLICT DO NOTHING", new { id = doc.Id, buckets = dialect.Numbers(buckets) }).ConfigureAwait(false);
        await ExecAsync($"INSERT INTO corpus_shingles (shingle, document_id) SELECT DISTINCT t.value, @id FROM {dialect.Set("shingles")} AS t WHERE true ON CONFLICT DO NOTHING", new { id = doc.Id, shingles = dialect.Numbers(shingles) }).ConfigureAwait(false);

        foreach (var s in shared.Where(s => s.Id != doc.Id))
        {
            await ReuseAsync(doc.Id, s.Id, "shares_text", null, s.Runs).ConfigureAwait(false);
            if (s.DocId != doc.DocId)
            {
                await LinkAsync(doc.Id, LinkRow.SharesTextWith, s.DocId).ConfigureAwait(false);
                await LinkAsync(s.Id, LinkRow.SharesTextWith, doc.DocId).ConfigureAwait(false);
            }
        }

        foreach (var (x, similarity) in nearCopies.Where(p => p.x.Id != doc.Id))
        {
            var runs = shared.FirstOrDefault(s => s.Id == x.Id)?.Runs ?? 0;
            await ReuseAsync(doc.Id, x.Id, "near_copy", similarity, runs).ConfigureAwait(false);
            if (x.DocId != doc.DocId)
            {
                // The copy is the one published later; when the dates cannot tell (missing, or equal as far as both go), the one stored later.
                var copyIsNew = !PublishedBefore(doc.Published, x.Published);
                await (copyIsNew ? LinkAsync(doc.Id, LinkRow.DuplicateOf, x.DocId) : LinkAsync(x.Id, LinkRow.DuplicateOf, doc.DocId)).ConfigureAwait(false);
            }
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

    private async Task ReuseAsync(long a, long b, string kind, double? similarity, long runs)
    {
        const string Sql = "INSERT INTO corpus_reuse (document_id, other_id, kind, similarity, shared_runs) VALUES (@a, @b, @kind, @similarity, @runs) ON CONFLICT DO NOTHING";
        await ExecAsync(Sql, new { a, b, kind, similarity, runs }).ConfigureAwait(false);
        await ExecAsync(Sql, new { a = b, b = a, kind, similarity, runs }).ConfigureAwait(false);
    }

    private Task<int> LinkAsync(long id, string kind, string other) =>
        ExecAsync("INSERT INTO document_links (document_id, kind, other_doc_id) VALUES (@id, @kind, @other) ON CONFLICT DO NOTHING", new { id, kind, other });

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
