using System.Diagnostics;

namespace Sitrep.Bench;

/// <summary>
/// The I/O floor: how long the system's <c>wc -w</c> takes to read and count the words of the same files, and how
/// long .NET takes just to read their bytes. Each is run once to warm the page cache, then the best of three counts.
/// </summary>
public static class WordCountFloor
{
    public sealed record Floor(double WcSeconds, long WcWords, double ReadSeconds);

    public static Floor Measure(string dir, IReadOnlyList<string> files)
    {
        _ = RunWc(dir, files);
        var best = double.MaxValue;
        long words = 0;
        for (var k = 0; k < 3; k++)
        {
            var sw = Stopwatch.StartNew();
            words = RunWc(dir, files);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        var read = double.MaxValue;
        for (var k = 0; k < 3; k++)
        {
            var sw = Stopwatch.StartNew();
            long bytes = 0;
            foreach (var f in files)
            {
                bytes += File.ReadAllBytes(Path.Combine(dir, f)).Length;
            }

            read = Math.Min(read, sw.Elapsed.TotalSeconds);
            GC.KeepAlive(bytes);
        }

        return new Floor(best, words, read);
    }

    /// <summary>Runs <c>wc -w</c> over the files (relative names, in batches that fit a command line) and sums the words.</summary>
    private static long RunWc(string dir, IReadOnlyList<string> files)
    {
        long words = 0;
        foreach (var batch in files.Chunk(4000))
        {
            var psi = new ProcessStartInfo("wc") { WorkingDirectory = dir, RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add("-w");
            psi.ArgumentList.Add("--");
            foreach (var f in batch)
            {
                psi.ArgumentList.Add(f);
            }

            using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start wc");
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"wc exited with code {p.ExitCode}");
            }

            var lines = output.TrimEnd().Split('\n');
            var last = lines[^1].Trim().Split(' ', 2)[0];
            words += long.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
        }

        return words;
    }
}
