using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;

namespace Sitrep.Web.Knowledge;

/// <summary>Reads the installation register: coordinates, operators over time and the sources behind each row.</summary>
public static class InstallationRegister
{
    public static IReadOnlyList<Installation> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = new StreamReader(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null, HeaderValidated = null };
        using var csv = new CsvReader(reader, config);
        return csv.GetRecords<Row>()
            .Where(r => !string.IsNullOrWhiteSpace(r.Id) && !string.IsNullOrWhiteSpace(r.Name))
            .Select(r =>
            {
                double? lat = double.TryParse(r.Lat, CultureInfo.InvariantCulture, out var la) ? la : null;
                double? lon = double.TryParse(r.Lon, CultureInfo.InvariantCulture, out var lo) ? lo : null;
                return new Installation(r.Id!, r.Name!, Blank(r.Kind), Blank(r.Country), lat, lon, lat is null ? null : Blank(r.Precision),
                    Split(r.Aliases, '|'), History(r.OperatorsHistory), Split(r.Sources, '|'));
            })
            .ToList();
    }

    /// <summary>"Operator:status:from[:to];..." as periods; an entry without a status is skipped.</summary>
    public static IReadOnlyList<StatusPeriod> History(string? text) =>
        Split(text, ';')
            .Select(entry => entry.Split(':', StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length >= 2 && parts[0].Length > 0 && parts[1].Length > 0)
            .Select(parts => new StatusPeriod(parts[0], parts[1], Blank(parts.ElementAtOrDefault(2)), Blank(parts.ElementAtOrDefault(3))))
            .ToList();

    private static List<string> Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    // The columns the dashboard shows, by header name.
    private sealed class Row
    {
        [Name("id")] public string? Id { get; set; }
        [Name("name")] public string? Name { get; set; }
        [Name("aliases")] public string? Aliases { get; set; }
        [Name("kind")] public string? Kind { get; set; }
        [Name("country")] public string? Country { get; set; }
        [Name("lat")] public string? Lat { get; set; }
        [Name("lon")] public string? Lon { get; set; }
        [Name("coord_precision")] public string? Precision { get; set; }
        [Name("operators_history")] public string? OperatorsHistory { get; set; }
        [Name("sources")] public string? Sources { get; set; }
    }
}
