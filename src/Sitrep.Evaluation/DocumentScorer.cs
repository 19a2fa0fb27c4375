namespace Sitrep.Evaluation;

/// <summary>Scores one predicted document against its gold file, adding to the corpus totals.</summary>
internal sealed class DocumentScorer(ScoreTotals totals, AliasTable aliases, List<string> diagnostics)
{
    /// <summary>A document missing from the predictions counts as missed in every measure.</summary>
    public void ScoreMissing(GoldDocument g)
    {
        totals.MissingDocuments++;
        var required = PyOps.Iterate(g.Required("events")).Where(IsRequired).ToList();
        totals.EventsRequired += required.Count;
        foreach (var e in required)
        {
            totals.Types.AddRequired(e, hit: false);
        }
        totals.EntitiesRequired += g.Count("entities");
        totals.FramingRequired += FramingList(g, "required").Count();
        totals.KeepCount += g.Count("keep");
        totals.BoilerplateCount += g.Count("boilerplate");
        totals.MetadataCount += 4;
        totals.SharedCount += g.Count("shares_text_with");
    }

    /// <summary>Scores a paired document; returns its per-document line.</summary>
    public string Score(GoldDocument g, PredictedDocument d)
    {
        var name = g.Name;
        var ge = PyOps.Iterate(g.Required("events")).ToList();
        var pe = d.Events;
        var m = EventMatcher.Match(d, pe, ge, aliases);
        var matchedGold = m.Values.ToHashSet();
        var req = Enumerable.Range(0, ge.Count).Where(j => IsRequired(ge[j])).ToList();
        var hitReq = req.Count(matchedGold.Contains);
        totals.EventsPredicted += pe.Count;
        totals.EventsMatched += m.Count;
        totals.EventsRequired += req.Count;
        totals.EventsRequiredHit += hitReq;
        for (var i = 0; i < pe.Count; i++)
        {
            totals.Types.AddPredicted(pe[i].GetOrNone("type"), m.ContainsKey(i));
        }
        foreach (var j in req)
        {
            totals.Types.AddRequired(ge[j], matchedGold.Contains(j));
        }
        foreach (var (i, j) in m)
        {
            totals.StatusCount++;
            totals.StatusOk += EventMatcher.StatusOk(pe[i], ge[j]) ? 1 : 0;
            if (PyOps.Truthy(ge[j].GetOrNone("time")))
            {
                totals.TimeCount++;
                totals.TimeOk += EventMatcher.TimeOk(pe[i], ge[j].GetOrNone("time")) ? 1 : 0;
            }
            if (PyOps.Truthy(ge[j].GetOrNone("quantity")))
            {
                totals.QuantityCount++;
                totals.QuantityOk += EventMatcher.QuantityOk(pe[i], ge[j].GetOrNone("quantity")) ? 1 : 0;
            }
        }

        var allNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in d.Entities.Values)
        {
            allNames.UnionWith(d.Names(e));
        }
        foreach (var k in g.List("entities"))
        {
            totals.EntitiesRequired++;
            totals.EntitiesHit += aliases.KeyNames(PyValue.FromList([k])).Overlaps(allNames) ? 1 : 0;
        }

        var terms = d.Framing.Select(f => Normalizer.Norm(f.Get("term"))).ToList();
        var reqn = FramingList(g, "required").Select(Normalizer.Norm).ToList();
        var optn = FramingList(g, "optional").Select(Normalizer.Norm).ToList();
        foreach (var r in reqn)
        {
            totals.FramingRequired++;
            totals.FramingHit += terms.Any(t => FramingMatch(t, r)) ? 1 : 0;
        }
        foreach (var t in terms)
        {
            totals.FramingPredicted++;
            totals.FramingOk += reqn.Concat(optn).Any(r => FramingMatch(t, r)) ? 1 : 0;
        }

        var body = Normalizer.Norm(d.Document.Get("body"));
        foreach (var b in g.List("boilerplate"))
        {
            totals.BoilerplateCount++;
            totals.BoilerplateOk += body.Length > 0 && !body.Contains(Normalizer.Norm(b), StringComparison.Ordinal) ? 1 : 0;
        }
        foreach (var k in g.List("keep"))
        {
            totals.KeepCount++;
            totals.KeepOk += body.Contains(Normalizer.Norm(k), StringComparison.Ordinal) ? 1 : 0;
        }
        ScoreMetadata(g, d);

        Diagnose(name, d, pe, ge, m, req, matchedGold);
        return $"events tp={m.Count}/{pe.Count} req={hitReq}/{req.Count}";
    }

    /// <summary>
    /// A predicted framing term <paramref name="t"/> matches a gold term <paramref name="r"/> (both normalised)
    /// when the gold term stands inside it as whole words, or it lies inside the gold term covering at least
    /// half of its words. Terms shorter than three characters never match.
    /// </summary>
    public static bool FramingMatch(string t, string r)
    {
        if (PyOps.CodePoints(t).Count < 3 || r.Length == 0)
        {
            return false;
        }
        return Normalizer.ContainsWords(t, r)
            || (Normalizer.ContainsWords(r, t) && 2 * Words(t) >= Words(r));
    }

    // Four checks: title equal; outlet and republisher among the gold names or their aliases; published
    // begins with the gold value. A null gold value requires a null or empty prediction.
    private void ScoreMetadata(GoldDocument g, PredictedDocument d)
    {
        var gd = g.Data.Get("document") ?? PyValue.FromDict(new(StringComparer.Ordinal));
        if (!gd.IsDict)
        {
            throw new InvalidDataException($"Gold file {g.Name}: \"document\" must be an object.");
        }
        var pd = d.Document;
        totals.MetadataCount += 4;
        totals.MetadataOk += Normalizer.Norm(pd.Get("title")) == Normalizer.Norm(gd.Get("title")) ? 1 : 0;
        foreach (var f in new[] { "outlet", "republisher" })
        {
            var gold = gd.GetOrNone(f);
            var ok = PyOps.Truthy(gold)
                ? aliases.MetaNames(gold).Contains(Normalizer.Norm(pd.Get(f)))
                : !PyOps.Truthy(pd.GetOrNone(f));
            totals.MetadataOk += ok ? 1 : 0;
        }
        var published = gd.GetOrNone("published");
        if (PyOps.Truthy(published))
        {
            if (published.Kind != PyKind.Str)
            {
                throw new InvalidDataException($"Gold file {g.Name}: \"published\" must be a string.");
            }
            var got = PyOps.Str(PyOps.Or(pd.GetOrNone("published"), PyValue.FromString("")));
            totals.MetadataOk += got.StartsWith(published.Str, StringComparison.Ordinal) ? 1 : 0;
        }
        else
        {
            totals.MetadataOk += PyOps.Truthy(pd.GetOrNone("published")) ? 0 : 1;
        }
    }

    private void Diagnose(string name, PredictedDocument d, IReadOnlyList<PyValue> pe, List<PyValue> ge,
        Dictionary<int, int> m, List<int> req, HashSet<int> matchedGold)
    {
        foreach (var j in req.Where(j => !matchedGold.Contains(j)))
        {
            diagnostics.Add($"  MISS {name}: {PyFormat.Dumps(ge[j])}");
        }
        for (var i = 0; i < pe.Count; i++)
        {
            var e = pe[i];
            var type = PyOps.Str(e.GetOrNone("type"));
            if (!m.TryGetValue(i, out var j))
            {
                var evidence = e.GetOrNone("evidence");
                var sentence = evidence.IsDict ? PyOps.Str(evidence.Get("sentence") ?? PyValue.FromString("")) : "";
                var cps = PyOps.CodePoints(sentence);
                var ev = PyOps.FromCodePoints(cps.Take(100));
                diagnostics.Add($"  FP   {name}: {type} actor={FirstThree(d.Names(e.GetOrNone("actor")))} "
                    + $"loc={FirstThree(d.Names(e.GetOrNone("location"), pooled: false))} | {ev}");
                continue;
            }
            var g = ge[j];
            var wanted = 1 + (PyOps.Truthy(g.GetOrNone("time")) ? 1 : 0) + (PyOps.Truthy(g.GetOrNone("quantity")) ? 1 : 0);
            if (EventMatcher.Agreement(e, g) < wanted)
            {
                diagnostics.Add($"  ATTR {name}: {type} status={PyOps.Str(e.GetOrNone("status"))} "
                    + $"time={PyOps.Str(e.GetOrNone("time"))} qty={PyOps.Str(e.GetOrNone("quantity"))} "
                    + $"want {PyOps.Str(g.GetOrNone("status"))} {PyOps.Str(g.GetOrNone("time"))} {PyOps.Str(g.GetOrNone("quantity"))}");
            }
        }
    }

    private static string FirstThree(HashSet<string> names) =>
        "[" + string.Join(", ", names.Order(Comparer<string>.Create(PyOps.Compare)).Take(3).Select(PyOps.ReprString)) + "]";

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsRequired(PyValue e) => PyOps.Truthy(e.Get("required") ?? PyValue.True);

    // The gold framing lists: framing.required / framing.optional (framing absent or empty: no terms).
    private static IEnumerable<PyValue> FramingList(GoldDocument g, string key)
    {
        var fr = g.Data.GetOrNone("framing");
        if (!PyOps.Truthy(fr))
        {
            return [];
        }
        if (!fr.IsDict)
        {
            throw new InvalidDataException($"Gold file {g.Name}: \"framing\" must be an object.");
        }
        return fr.Get(key) is { } list ? PyOps.Iterate(list) : [];
    }
}
