using Sitrep.Core.Model;
using Xunit;

namespace Sitrep.Web.Tests.Support;

/// <summary>A store holding the fixture reports and the corpus fixtures, ingested in two runs and analysed.</summary>
public sealed class AnalysedStoreFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public string Db => _folder.File("analysed.db");

    public IReadOnlyList<ExtractedReport> Reports { get; private set; } = [];

    public async Task InitializeAsync() => Reports = await TestStore.CreateAnalysedAsync(Db);

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>Tests reading the analysed store through the real application (read-only).</summary>
public abstract class AnalysedStoreTests(AnalysedStoreFixture store) : IClassFixture<AnalysedStoreFixture>, IDisposable
{
    protected AnalysedStoreFixture Store { get; } = store;

    protected DashboardFactory Factory { get; } = new(store.Db);

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
