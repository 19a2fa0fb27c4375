using Sitrep.Core.Model;
using Xunit;

namespace Sitrep.Web.Tests.Support;

/// <summary>One store with the fixture reports per test class; tests that write copy it first.</summary>
public sealed class StoreFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public string Db => _folder.File("fixtures.db");

    public IReadOnlyList<ExtractedReport> Reports { get; private set; } = [];

    public async Task InitializeAsync() => Reports = await TestStore.CreateAsync(Db);

    /// <summary>A copy of the store that a test may write into.</summary>
    public string Copy(TempFolder into)
    {
        var path = into.File("copy.db");
        File.Copy(Db, path);
        // The store keeps its file in WAL mode: committed pages may still be in the log beside it.
        if (File.Exists(Db + "-wal"))
        {
            File.Copy(Db + "-wal", path + "-wal");
        }

        return path;
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _folder.Dispose();
}
