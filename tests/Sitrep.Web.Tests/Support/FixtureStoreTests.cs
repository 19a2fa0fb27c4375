using Xunit;

namespace Sitrep.Web.Tests.Support;

/// <summary>Tests reading the fixture store through the real application (one store per test class, read-only).</summary>
public abstract class FixtureStoreTests(StoreFixture store) : IClassFixture<StoreFixture>, IDisposable
{
    protected StoreFixture Store { get; } = store;

    protected DashboardFactory Factory { get; } = new(store.Db);

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
