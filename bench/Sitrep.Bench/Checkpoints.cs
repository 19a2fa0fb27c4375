namespace Sitrep.Bench;

/// <summary>The corpus sizes at which the scale benchmarks print a row: 10,000, every 100,000 up to 1,000,000
/// (those the run reaches), and the run's own size; a long run that is stopped early has still printed its rows.</summary>
internal static class Checkpoints
{
    public static SortedSet<int> For(int count) =>
        [.. new[] { 10_000, count }.Concat(Enumerable.Range(1, 10).Select(k => k * 100_000)).Where(n => n <= count)];

    public static double PeakWorkingSetMegabytes() => ExtractBenchmark.PeakWorkingSetMegabytes();

    public static double WorkingSetMegabytes()
    {
        using var me = System.Diagnostics.Process.GetCurrentProcess();
        return me.WorkingSet64 / 1e6;
    }
}
