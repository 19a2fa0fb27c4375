using System.Diagnostics;

namespace Sitrep.Web.Bench;

/// <summary>The memory of this process, which holds the server (its snapshot) and the small load generator.</summary>
public static class ProcessMemory
{
    /// <summary>Working set now, its peak so far, and the managed heap after a full collection, in MB (10^6 bytes).</summary>
    public static string Describe()
    {
        using var me = Process.GetCurrentProcess();
        me.Refresh();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        return $"working set {me.WorkingSet64 / 1e6:N0} MB (peak {me.PeakWorkingSet64 / 1e6:N0} MB), managed heap {heap / 1e6:N0} MB";
    }
}
