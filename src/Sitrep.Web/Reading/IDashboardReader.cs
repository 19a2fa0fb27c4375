using System.Text.Json.Nodes;
using Sitrep.Store;

namespace Sitrep.Web.Reading;

/// <summary>
/// What the API reads. One implementation serves it from an in-memory snapshot of the store; corpus-level
/// reads (stories across reports, agreement registers) belong in further interfaces beside this one.
/// </summary>
public interface IDashboardReader
{
    /// <summary>Changes whenever anything this reader returns changes (used for ETags).</summary>
    string Tag { get; }

    Page<ReportSummary> Reports(string? outlet, Paging paging);

    /// <summary>A report of the snapshot (latest versions), or null.</summary>
    ReportDetail? Report(long id);

    /// <summary>The detail of any stored version, such as an earlier one read from the store.</summary>
    ReportDetail Detail(StoredReport stored);

    Page<EventView> Events(EventFilter filter, Paging paging, EventOrder order = EventOrder.Stored);

    StoryView? Story(string eventKey);

    Page<EntitySummary> Entities(string? type, string? name, Paging paging);

    Page<InstallationSummary> Installations(string? name, Paging paging);

    InstallationDetail? Installation(string id);

    IReadOnlyList<OutletSummary> Outlets();

    JsonObject Zones();
}

/// <summary>A 1-based page number and a page size.</summary>
public readonly record struct Paging(int Number, int Size)
{
    public Page<T> Apply<T>(IEnumerable<T> all)
    {
        var list = all as IReadOnlyList<T> ?? all.ToList();
        return new Page<T>(list.Skip((Number - 1) * Size).Take(Size).ToList(), Number, Size, list.Count);
    }
}
