using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Sitrep.Web.Tests.Support;

/// <summary>Reads a JSON answer that must be a success; a failure shows the URL, the status and the problem body.</summary>
public static class HttpJson
{
    public static async Task<JsonElement> GetOkJsonAsync(this DashboardFactory factory, string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
