using System.Globalization;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Web.Knowledge;

namespace Sitrep.Web.Bench;

/// <summary>
/// Reports made directly as extraction results (no text extraction), so a store of 100,000 facts or more is
/// filled in seconds: each report has ten facts at installations of the register, with consistent evidence
/// offsets, entities and, in some reports, a loaded term. Deterministic for a seed.
/// </summary>
public sealed class SyntheticCorpus(IReadOnlyList<Installation> installations, int seed)
{
    public const int EventsPerReport = 10;

    private static readonly (string Id, string Name, string Surface)[] Actors =
    [
        ("turkey", "Turkey", "Turkish forces"), ("israel", "Israel", "Israeli troops"), ("russia", "Russia", "Russian units"),
        ("united_states", "United States", "US troops"), ("syria", "Syria", "Syrian army"), ("syrian_democratic_forces", "Syrian Democratic Forces", "SDF"),
        ("iran", "Iran", "Iranian advisers"), ("islamic_state", "Islamic State", "Islamic State cells"),
    ];

    private static readonly (string Type, string Verb)[] Types =
    [
        ("military.strike", "struck positions near"), ("military.deployment", "deployed to"), ("military.withdrawal", "withdrew from"),
        ("military.patrol", "patrolled around"), ("military.clash", "clashed with fighters near"), ("diplomacy.talks", "held talks at"),
    ];

    private static readonly string[] Outlets = ["Reuters", "Associated Press", "Agence France-Presse", "Press TV", "TASS", "North Press Agency", "Anadolu Agency", "Al Jazeera"];

    private static readonly string[] Statuses = ["completed", "completed", "completed", "ongoing", "planned", "alleged", "denied"];

    private readonly Installation[] _places = installations.Where(i => i.Lat is not null).ToArray();

    public ExtractedReport Report(int n)
    {
        var random = new Random(HashCode.Combine(seed, n));
        var outlet = Outlets[random.Next(Outlets.Length)];
        var published = new DateOnly(2024, 1, 1).AddDays(random.Next(800));
        var body = new StringBuilder();
        var events = new List<ExtractedEvent>();
        var entities = new Dictionary<string, ExtractedEntity>();
        var framing = new List<FramingTerm>();
        if (random.Next(5) == 0)
        {
            framing.Add(new FramingTerm("occupation forces", "label", "foreign troops", 0, "framing.json#occupation forces"));
            body.Append("The occupation forces were seen again. ");
        }

        for (var i = 0; i < EventsPerReport; i++)
        {
            var actor = Actors[random.Next(Actors.Length)];
            var (type, verb) = Types[random.Next(Types.Length)];
            var place = _places[random.Next(_places.Length)];
            var day = published.AddDays(-random.Next(4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var sentence = $"{actor.Surface} {verb} {place.Name} on {day}, report {n} said in item {i}.";
            var start = body.Length;
            body.Append(sentence).Append(' ');
            var location = new LocationRef(place.Id, place.Name, place.Lat, place.Lon, place.Precision) { Country = "SY", Rank = 0 };
            events.Add(new ExtractedEvent($"ev_{n:x8}_{i}", type, Statuses[random.Next(Statuses.Length)], new EntityRef(actor.Id, actor.Name), null, location,
                new TimeSpec(day, null, "on " + day), null, null, new Evidence(sentence, start, start + sentence.Length), 1 + random.Next(3), []));
            entities.TryAdd(actor.Id, new ExtractedEntity(actor.Id, EntityType.Country, actor.Name, [actor.Surface], [new TextSpan(start, start + actor.Surface.Length)], null, null, null, "bench"));
            entities.TryAdd(place.Id, new ExtractedEntity(place.Id, EntityType.Installation, place.Name, [place.Name], [], place.Lat, place.Lon, place.Precision, "bench"));
        }

        var text = body.ToString().TrimEnd();
        // Source "-" (as standard input): the store then skips its look-up of the source's latest version, which scans
        // the whole documents table (the (source, version) index is partial, so `source = ?` cannot use it) and would
        // make filling a million-fact store quadratic. See docs/performance.md.
        var doc = new DocumentInfo(ReportExtractor.DocumentId(text), "-", $"Synthetic report {n}", outlet, null,
            published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, text);
        return new ExtractedReport(doc, entities.Values.ToList(), events, framing);
    }
}
