using Sitrep.Feeds.Tests.Support;
using Xunit;

namespace Sitrep.Feeds.Tests.State;

public sealed class SqliteFeedStateTests
{
    [Fact]
    public async Task Records_validators_items_and_errors_as_documented()
    {
        using var dir = new TempDir();
        await FeedStateContract.Records_validators_items_and_errors_as_documented(dir.File("state.db"), "sqlite");
    }
}
