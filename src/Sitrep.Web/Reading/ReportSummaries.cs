using Sitrep.Store;

namespace Sitrep.Web.Reading;

internal static class ReportSummaries
{
    public static ReportSummary Of(StoredReport stored)
    {
        var d = stored.Report.Document;
        return new ReportSummary(stored.Stored.StoreId, d.Id, d.Source, d.Title, d.Outlet, d.Published, stored.Stored.Version, stored.Report.Events.Count, stored.Report.Framing.Count);
    }
}
