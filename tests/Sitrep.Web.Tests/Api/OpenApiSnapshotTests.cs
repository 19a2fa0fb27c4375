using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is the API's outward contract: it must equal the reviewed copy in Snapshots/, so that every
/// change to it shows in a diff. After a deliberate change, run the tests with SITREP_UPDATE_SNAPSHOTS=1 (it
/// rewrites the copy in the source tree) and review the diff.
/// </summary>
public sealed class OpenApiSnapshotTests(StoreFixture store) : FixtureStoreTests(store)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task The_openapi_document_equals_the_reviewed_snapshot()
    {
        using var client = Factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        document.Remove("servers"); // the address the test server happens to have
        var actual = document.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var snapshot = Path.Combine(AppContext.BaseDirectory, "Snapshots", "openapi.v1.json");
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "Snapshots", "openapi.v1.json"), actual);
        }

        Assert.True(File.Exists(snapshot), $"{snapshot} is missing: run the tests once with SITREP_UPDATE_SNAPSHOTS=1");
        Assert.Equal(File.ReadAllText(snapshot).ReplaceLineEndings("\n"), actual);
    }

    // The test project's folder: the output folder is bin/<configuration>/<framework> below it.
    private static string SourceDirectory() => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
}
