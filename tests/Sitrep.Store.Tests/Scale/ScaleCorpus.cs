using System.Globalization;

namespace Sitrep.Store.Tests.Scale;

/// <summary>A folder of distinct short reports (our own sentences with numbers varied) plus a few bad files.</summary>
public static class ScaleCorpus
{
    private static readonly string[] Actors = ["Turkish troops", "The Syrian army", "Russian forces", "Israeli forces", "SDF fighters"];
    private static readonly string[] Places = ["Manbij", "Idlib", "Homs", "Deir ez-Zor", "Qamishli", "Daraa", "Latakia"];

    /// <summary>Writes <paramref name="reports"/> reports and <paramref name="bad"/> empty files; returns the folder.</summary>
    public static string Write(string folder, int reports, int bad)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(reports);
        for (var i = 0; i < reports; i++)
        {
            var actor = Actors[random.Next(Actors.Length)];
            var place = Places[random.Next(Places.Length)];
            var text = string.Create(CultureInfo.InvariantCulture,
                $"Report {i} of the day\n\n{actor} moved {10 + i} armoured vehicles toward {place} on Monday, a military source said.\n"
                + $"Residents counted {i % 7 + 2} checkpoints on the main road near {place} after the convoy passed.\n");
            File.WriteAllText(Path.Combine(folder, $"r{i:D5}.txt"), text);
        }

        for (var i = 0; i < bad; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"z-bad{i}.txt"), []);
        }

        return folder;
    }

    /// <summary>The counts at the end of an <c>ingest</c> run's standard output: read, new, unchanged, failed.</summary>
    public static (int Read, int New, int Unchanged, int Failed) Summary(string stdout)
    {
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        var numbers = line.Split(',').Select(part => int.Parse(part.Trim().Split(' ')[1], CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1], numbers[2], numbers[3]);
    }
}
