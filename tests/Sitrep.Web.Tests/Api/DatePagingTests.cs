using System.Text.Json;
using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Api;

/// <summary>Pages of a date-ordered list are consecutive slices of the whole list, with the total of all matches.</summary>
public sealed class DatePagingTests(StoreFixture store) : FixtureStoreTests(store)
{
    [Theory]
    [InlineData("date", "")]
    [InlineData("-date", "")]
    [InlineData("-date", "&located=true")]
    public async Task Pages_in_date_order_are_slices_of_the_whole_list(string order, string filter)
    {
        var all = Keys(await Factory.GetOkJsonAsync($"/api/events?order={order}{filter}&page_size=5000"));
        Assert.True(all.Count >= 5, $"the fixtures give only {all.Count} facts");

        var paged = new List<string>();
        for (var page = 1; page <= (all.Count + 1) / 2; page++)
        {
            var json = await Factory.GetOkJsonAsync($"/api/events?order={order}{filter}&page={page}&page_size=2");
            Assert.Equal(all.Count, json.GetProperty("total").GetInt32());
            paged.AddRange(Keys(json));
        }

        Assert.Equal(all, paged);
    }

    private static List<string> Keys(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("key").GetString()!)];
}
