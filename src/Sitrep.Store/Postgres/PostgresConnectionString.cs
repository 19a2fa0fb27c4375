using Npgsql;

namespace Sitrep.Store.Postgres;

/// <summary>
/// Turns a target into an Npgsql connection string: <c>Host=...;Database=...</c> as it is, or a URL
/// <c>postgres://user:password@host:port/database?sslmode=require</c> (query keys are Npgsql keywords;
/// <c>sslmode</c> maps to SSL Mode).
/// </summary>
public static class PostgresConnectionString
{
    public static NpgsqlConnectionStringBuilder Parse(string target)
    {
        try
        {
            if (!target.Contains("://", StringComparison.Ordinal))
            {
                return new NpgsqlConnectionStringBuilder(target);
            }

            var uri = new Uri(target);
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.Port > 0 ? uri.Port : 5432,
                Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            };
            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length == 2)
                {
                    builder.Password = Uri.UnescapeDataString(parts[1]);
                }
            }

            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                var key = Uri.UnescapeDataString(kv[0]);
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
            }

            return builder;
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException or FormatException or KeyNotFoundException)
        {
            throw new StoreException("not a valid PostgreSQL connection string: " + StoreException.FirstLine(ex), ex);
        }
    }

    /// <summary>host:port/database, for messages (never the password).</summary>
    public static string Describe(NpgsqlConnectionStringBuilder b) => $"postgresql {b.Host}:{b.Port}/{b.Database}";
}
