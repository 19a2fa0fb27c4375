using System.Collections.Frozen;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>
/// Who an actor mention stands for: "Iraqi forces" are Iraq, the Treasury imposing sanctions is its state, and a
/// force at a known installation with no one named is the installation's operator at the time.
/// </summary>
public sealed class StateActors
{
    private readonly KnowledgeBase _kb;
    private readonly InstallationOperator _operators;

    public StateActors(KnowledgeBase kb)
    {
        _kb = kb;
        _operators = new InstallationOperator(kb);
    }

    public EntityRef? Resolve(SentenceContext ctx, string type, Mention? mention, KbEntity? location, PartialDate? published, List<Provenance> prov)
    {
        var actor = EventExtractor.Ref(mention);
        // "Iraqi forces arrested ...": a generic force phrase stands for the state; "the Iraqi army" names the organisation.
        if (mention is { Entity: { Kind: "military", ActsFor: string side } force } m && (IsGenericForcePhrase(m) || MilitaryAsAdjective(ctx, m))
            && _kb.Get(side) is { Type: EntityType.Country } state)
        {
            actor = new EntityRef(state.Id, state.Name) { Side = state.Id };
            prov.Add(new Provenance("actor", "actor.armed-forces-of-state", force.Name));
        }

        // "The US Treasury imposed sanctions": a state imposes sanctions, through whichever of its organs announces them.
        if (type == "diplomacy.sanctions" && mention?.Entity is { Kind: "ministry" or "government" or "agency", ActsFor: string imposer } organ
            && _kb.Get(imposer) is { Type: EntityType.Country } sanctioning)
        {
            actor = new EntityRef(sanctioning.Id, sanctioning.Name) { Side = sanctioning.Id };
            prov.Add(new Provenance("actor", "actor.state-of-sanctioning-organ", organ.Name));
        }

        if (actor is null && type is "military.troop_level" or "military.base" or "military.deployment" && location is KbEntity site
            && _operators.At(site, published) is KbEntity holder)
        {
            actor = new EntityRef(holder.Id, holder.Name) { Side = holder.ActsFor ?? holder.Id };
            prov.Add(new Provenance("actor", "actor.installation-operator", site.Name));
        }

        return actor;
    }

    // "In the past week, 9 terrorists were neutralized": in a ministry's or an army's own release, what is done without
    // a named doer is done by its state.
    public EntityRef? AuthoringState(string type, Attribution? attribution, List<Provenance> prov)
    {
        if (type is not ("military.clash" or "military.strike" or "security.raid") || attribution is not { Kind: "author" }
            || _kb.Names.Lookup(KnowledgeBase.KeysOf(attribution.Source))?.FirstOrDefault(n => n.Entity.Kind is "ministry" or "military" or "government" or "agency")?.Entity
                is not { ActsFor: string side } organ
            || _kb.Get(side) is not { Type: EntityType.Country } state)
        {
            return null;
        }

        prov.Add(new Provenance("actor", "actor.authoring-state-organ", organ.Name));
        return new EntityRef(state.Id, state.Name) { Side = state.Id };
    }

    private static readonly FrozenSet<string> GenericForceNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["forces", "troops", "soldiers", "units"]);

    /// <summary>"Iraqi forces", "Syrian government troops": a plural force noun, not a named force ("Armed Forces", "Security Forces").</summary>
    private static bool IsGenericForcePhrase(Mention m)
    {
        var words = m.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && GenericForceNouns.Contains(words[^1]) && char.IsLower(words[^1][0])
            && !string.Equals(words[^2], "armed", StringComparison.OrdinalIgnoreCase);
    }

    // "Russia's military presence", "the US military campaign": "military" qualifies the noun after it, so the state acts.
    private static readonly WordSet QualifiedByMilitary = WordSet.Create(
    [
        "presence", "campaign", "intervention", "involvement", "footprint", "operation", "operations", "buildup", "mission",
        "cooperation", "assistance", "aid", "support", "activity", "activities",
    ]);

    private static bool MilitaryAsAdjective(SentenceContext ctx, Mention m) =>
        m.Surface.EndsWith(" military", StringComparison.OrdinalIgnoreCase) && ctx.WordAfter(m.Last) is string next && QualifiedByMilitary.Contains(next);
}
