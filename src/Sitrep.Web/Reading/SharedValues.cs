using Sitrep.Core.Model;
using Sitrep.Store;

namespace Sitrep.Web.Reading;

/// <summary>
/// Makes the reports read into a snapshot share one instance of every repeated value. The store gives each row its
/// own strings and parts, so a million facts would hold a million copies of "military.strike", of each actor and
/// place, and of each date. Equal values are interchangeable (the model's parts are immutable records), so the
/// facts keep the same content in a fraction of the memory. One instance serves one load and is then dropped.
/// </summary>
public sealed class SharedValues
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityRef, EntityRef> _parties = [];
    private readonly Dictionary<LocationRef, LocationRef> _places = [];
    private readonly Dictionary<TimeSpec, TimeSpec> _times = [];
    private readonly Dictionary<Attribution, Attribution> _attributions = [];
    private readonly Dictionary<Provenance, Provenance> _provenance = [];

    public StoredReport Share(StoredReport stored)
    {
        var r = stored.Report;
        var d = r.Document;
        var document = d with
        {
            Outlet = Share(d.Outlet),
            Republisher = Share(d.Republisher),
            Published = Share(d.Published),
            Encoding = Share(d.Encoding),
            Provenance = Share(d.Provenance),
        };
        var entities = r.Entities.Select(e => e with { Id = Share(e.Id)!, Name = Share(e.Name)!, Rule = Share(e.Rule)!, Precision = Share(e.Precision), Mentions = e.Mentions.Select(m => Share(m)!).ToList() }).ToList();
        var events = r.Events.Select(Share).ToList();
        var framing = r.Framing.Select(f => f with { Term = Share(f.Term)!, Category = Share(f.Category)!, Neutral = Share(f.Neutral)!, Rule = Share(f.Rule)! }).ToList();
        return stored with { Report = new ExtractedReport(document, entities, events, framing) };
    }

    private ExtractedEvent Share(ExtractedEvent e) => e with
    {
        Type = Share(e.Type)!,
        Status = Share(e.Status)!,
        Actor = Share(_parties, e.Actor),
        Target = Share(_parties, e.Target),
        Location = Share(_places, e.Location),
        Time = Share(_times, e.Time),
        Attribution = Share(_attributions, e.Attribution),
        Provenance = Share(e.Provenance),
    };

    private Provenance[] Share(IReadOnlyList<Provenance> list) =>
        list.Count == 0 ? [] : [.. list.Select(p => Share(_provenance, p)!)];

    private string? Share(string? s) => s is null ? null : Share(_strings, s);

    private static T? Share<T>(Dictionary<T, T> pool, T? value)
        where T : class
    {
        if (value is null)
        {
            return null;
        }

        if (pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        pool[value] = value;
        return value;
    }
}
