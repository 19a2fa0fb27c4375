using System.Globalization;
using System.Reflection;

namespace Sitrep.Store.Sql;

/// <summary>
/// The schema migrations of one backend, read from the embedded <c>Sqlite/Migrations</c> or
/// <c>Postgres/Migrations</c> files, in the order of their number. Applied migrations are recorded in the
/// <c>sitrep_migrations</c> table; a store never runs a migration twice and refuses a schema newer than it knows.
/// </summary>
public static class MigrationCatalog
{
    public const string Table = "sitrep_migrations";

    public static IReadOnlyList<Migration> For(string backend)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = backend + "/";
        var list = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4]))
            .OrderBy(m => m.Number)
            .ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Number != i + 1)
            {
                throw new InvalidOperationException($"{backend} migrations are not numbered 1, 2, 3, ...: found {list[i].Number} at position {i + 1}");
            }
        }

        return list;
    }

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        var cut = fileName.IndexOf('_', StringComparison.Ordinal);
        var number = int.Parse(cut < 0 ? fileName : fileName[..cut], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(number, cut < 0 ? fileName : fileName[(cut + 1)..], reader.ReadToEnd());
    }
}
