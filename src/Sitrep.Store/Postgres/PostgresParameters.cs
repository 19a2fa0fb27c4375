using Npgsql;
using NpgsqlTypes;

namespace Sitrep.Store.Postgres;

/// <summary>Typed positional parameters, including the arrays that <c>unnest</c> turns into rows (one round trip per table).</summary>
public static class PostgresParameters
{
    public static NpgsqlParameter Value(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    public static NpgsqlParameter Texts(IEnumerable<string?> values) => new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    public static NpgsqlParameter Doubles(IEnumerable<double?> values) => new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double };

    public static NpgsqlParameter Ints(IEnumerable<int?> values) => new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer };

    public static NpgsqlParameter Bools(IEnumerable<bool?> values) => new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean };

    public static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        cmd.Parameters.AddRange(parameters);
        return cmd;
    }
}
