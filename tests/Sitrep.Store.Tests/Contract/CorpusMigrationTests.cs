using System.Text.RegularExpressions;
using Sitrep.Store.Sql;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>The corpus migration exists for both backends, whatever number it ends up with, and creates the same tables.</summary>
public sealed partial class CorpusMigrationTests
{
    [Fact]
    public void Both_backends_create_the_same_corpus_tables()
    {
        var sqlite = MigrationCatalog.For("sqlite").Single(m => m.Name == "corpus");
        var postgres = MigrationCatalog.For("postgres").Single(m => m.Name == "corpus");

        var tables = Tables(sqlite.Sql);

        Assert.Contains("corpus_lsh", tables);
        Assert.Contains("stories", tables);
        Assert.Equal(tables, Tables(postgres.Sql));
    }

    private static List<string> Tables(string sql) => CreateTable().Matches(sql).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"CREATE TABLE (\w+)")]
    private static partial Regex CreateTable();
}
