using System.Data.Common;
using System.Text.Json;

namespace Sitrep.Store.Corpus;

/// <summary>
/// The few places where the corpus analysis SQL differs between the backends: passing a set of numbers as one
/// parameter, and holding the analysis lock (one analysis at a time per store).
/// </summary>
public abstract class CorpusDialect
{
    public static readonly CorpusDialect Sqlite = new SqliteDialect();

    public static readonly CorpusDialect Postgres = new PostgresDialect();

    /// <summary>A subquery yielding the numbers of parameter <paramref name="name"/> (set by <see cref="Numbers"/>) as column <c>value</c>.</summary>
    public abstract string Set(string name);

    /// <summary>The parameter value for <see cref="Set"/>.</summary>
    public abstract object Numbers(IEnumerable<long> values);

    /// <summary>A subquery yielding columns <c>a</c> and <c>b</c> from parameter <paramref name="name"/>, set by <see cref="PairsJson"/>.</summary>
    public abstract string Pairs(string name);

    /// <summary>The parameter value for <see cref="Pairs"/>: a JSON array of two-number arrays.</summary>
    public static string PairsJson(IEnumerable<(long A, long B)> pairs) => JsonSerializer.Serialize(pairs.Select(p => new[] { p.A, p.B }));

    /// <summary>
    /// A subquery yielding typed columns (<c>text</c>, <c>bigint</c>, <c>double</c> or <c>boolean</c>) from parameter
    /// <paramref name="name"/>: a JSON array of objects keyed by column name. Many rows then travel in one statement.
    /// </summary>
    public abstract string Rows(string name, IReadOnlyList<(string Column, string Type)> columns);

    /// <summary>The conflict clause merging a new link list into the stored one (<see cref="Sql.LinkLists"/>).</summary>
    public abstract string LinkMerge { get; }

    /// <summary>A link list holding the one id of parameter <paramref name="name"/>.</summary>
    public abstract string OneId(string name);

    /// <summary>A link list of the distinct values of <paramref name="column"/> over <paramref name="fromWhere"/>, sorted.</summary>
    public abstract string IdList(string column, string fromWhere);

    /// <summary>Starts the analysis transaction, holding the store's write or advisory lock until it ends.</summary>
    public abstract Task<DbTransaction> BeginAsync(DbConnection c, CancellationToken ct);

    private sealed class SqliteDialect : CorpusDialect
    {
        public override string Set(string name) => $"(SELECT value FROM json_each(@{name}))";

        public override object Numbers(IEnumerable<long> values) => JsonSerializer.Serialize(values);

        public override string Pairs(string name) => $"(SELECT json_extract(value, '$[0]') AS a, json_extract(value, '$[1]') AS b FROM json_each(@{name}))";

        public override string Rows(string name, IReadOnlyList<(string Column, string Type)> columns) =>
            $"(SELECT {string.Join(", ", columns.Select(c => $"json_extract(value, '$.{c.Column}') AS {c.Column}"))} FROM json_each(@{name}))";

        public override string LinkMerge => Sql.LinkLists.SqliteMerge;

        public override string OneId(string name) => $"json_array(@{name})";

        public override string IdList(string column, string fromWhere) => $"(SELECT json_group_array(v) FROM (SELECT DISTINCT {column} AS v {fromWhere} ORDER BY 1))";

        public override Task<DbTransaction> BeginAsync(DbConnection c, CancellationToken ct) =>
            Task.FromResult<DbTransaction>(((Microsoft.Data.Sqlite.SqliteConnection)c).BeginTransaction(deferred: false));
    }

    private sealed class PostgresDialect : CorpusDialect
    {
        private const long LockKey = 0x5175_7265_7002;

        public override string Set(string name) => $"(SELECT unnest(@{name}) AS value)";

        public override object Numbers(IEnumerable<long> values) => values.ToArray();

        public override string Pairs(string name) => $"(SELECT (x->>0)::bigint AS a, (x->>1)::bigint AS b FROM json_array_elements(CAST(@{name} AS json)) AS x)";

        public override string Rows(string name, IReadOnlyList<(string Column, string Type)> columns) =>
            $"(SELECT {string.Join(", ", columns.Select(c => $"(x->>'{c.Column}')::{(c.Type == "double" ? "double precision" : c.Type)} AS {c.Column}"))} "
            + $"FROM json_array_elements(CAST(@{name} AS json)) AS x)";

        public override string LinkMerge => Sql.LinkLists.PostgresMerge;

        public override string OneId(string name) => $"ARRAY[CAST(@{name} AS text)]";

        public override string IdList(string column, string fromWhere) => $"ARRAY(SELECT DISTINCT {column} COLLATE \"C\" {fromWhere} ORDER BY 1)";

        public override async Task<DbTransaction> BeginAsync(DbConnection c, CancellationToken ct)
        {
            var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"SELECT pg_advisory_xact_lock({LockKey})";
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return tx;
        }
    }
}
