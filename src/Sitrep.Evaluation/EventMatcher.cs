namespace Sitrep.Evaluation;

/// <summary>Matching predicted events against gold events.</summary>
internal static class EventMatcher
{
    /// <summary>Types whose two parties are interchangeable: the gold actor may be the predicted actor or target.</summary>
    public static readonly IReadOnlyList<string> Symmetric =
        ["diplomacy.meeting", "diplomacy.agreement", "diplomacy.recognition", "politics.leadership"];

    private static readonly string[] TimeKeys = ["start", "end"];

    /// <summary>
    /// Pairs (prediction index to gold index) maximising, in order: the number of matches, required gold events
    /// matched, attribute agreement.
    /// </summary>
    public static Dictionary<int, int> Match(PredictedDocument d, IReadOnlyList<PyValue> pe, IReadOnlyList<PyValue> ge, AliasTable aliases)
    {
        var result = new Dictionary<int, int>();
        if (pe.Count == 0 || ge.Count == 0)
        {
            return result;
        }
        var w = new double[pe.Count, ge.Count];
        for (var i = 0; i < pe.Count; i++)
        {
            for (var j = 0; j < ge.Count; j++)
            {
                if (EventMatches(d, pe[i], ge[j], aliases))
                {
                    var required = (double)PyOps.ToInt(ge[j].Get("required") ?? PyValue.True);
                    w[i, j] = 10000 + (100 * required) + Agreement(pe[i], ge[j]);
                }
            }
        }
        foreach (var (i, j) in Hungarian.MaxAssignment(w))
        {
            if (i < pe.Count && j < ge.Count && w[i, j] > 0)
            {
                result[i] = j;
            }
        }
        return result;
    }

    public static bool EventMatches(PredictedDocument d, PyValue pe, PyValue ge, AliasTable aliases)
    {
        if (!PyOps.In(pe.GetOrNone("type"), Field(ge, "type")))
        {
            return false;
        }
        if (PyOps.Truthy(ge.GetOrNone("actor")) && !ActorOk(d, pe, ge, aliases))
        {
            return false;
        }
        return !PyOps.Truthy(ge.GetOrNone("location")) || LocationOk(d, pe, ge, aliases);
    }

    /// <summary>Number of agreeing attributes: status, plus time and quantity when the gold gives them.</summary>
    public static int Agreement(PyValue pe, PyValue ge)
    {
        var a = StatusOk(pe, ge) ? 1 : 0;
        if (PyOps.Truthy(ge.GetOrNone("time")))
        {
            a += TimeOk(pe, Field(ge, "time")) ? 1 : 0;
        }
        if (PyOps.Truthy(ge.GetOrNone("quantity")))
        {
            a += QuantityOk(pe, Field(ge, "quantity")) ? 1 : 0;
        }
        return a;
    }

    public static bool StatusOk(PyValue pe, PyValue ge) => PyOps.In(pe.GetOrNone("status"), Field(ge, "status"));

    /// <summary>The predicted time start or end begins with the gold time.</summary>
    public static bool TimeOk(PyValue pe, PyValue goldTime)
    {
        var t = pe.GetOrNone("time");
        if (!t.IsDict)
        {
            return false;
        }
        if (goldTime.Kind != PyKind.Str)
        {
            throw new InvalidDataException("A gold time must be a string.");
        }
        return TimeKeys.Any(k =>
            PyOps.Str(PyOps.Or(t.GetOrNone(k), PyValue.FromString(""))).StartsWith(goldTime.Str, StringComparison.Ordinal));
    }

    /// <summary>The predicted quantity value is within max(0.5, 0.5 %) of an accepted number.</summary>
    public static bool QuantityOk(PyValue pe, PyValue goldQuantities)
    {
        var q = pe.GetOrNone("quantity");
        if (!q.IsDict || PyOps.ToFloat(q.GetOrNone("value")) is not { } v)
        {
            return false;
        }
        foreach (var gv in PyOps.Iterate(goldQuantities))
        {
            var g = PyOps.ToFloat(gv) ?? throw new InvalidDataException("A gold quantity must be a number.");
            if (Math.Abs(v - g) <= Math.Max(0.5, Math.Abs(g) * 0.005))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ActorOk(PredictedDocument d, PyValue pe, PyValue ge, AliasTable aliases)
    {
        var want = aliases.KeyNames(Field(ge, "actor"));
        var got = d.Names(pe.GetOrNone("actor"));
        if (IsSymmetric(pe.GetOrNone("type")))
        {
            got.UnionWith(d.Names(pe.GetOrNone("target")));
        }
        return got.Overlaps(want);
    }

    // Exact alias match on the location's own names (not pooled mentions), or a gold alias of at least four
    // letters standing as whole words inside a more specific predicted name.
    private static bool LocationOk(PredictedDocument d, PyValue pe, PyValue ge, AliasTable aliases)
    {
        var want = aliases.KeyNames(Field(ge, "location"));
        var got = d.Names(pe.GetOrNone("location"), pooled: false);
        if (got.Overlaps(want))
        {
            return true;
        }
        return got.Any(g => want.Any(w => PyOps.CodePoints(w).Count >= 4 && Normalizer.ContainsWords(g, w)));
    }

    private static bool IsSymmetric(PyValue type) =>
        type.Kind == PyKind.Str && Symmetric.Contains(type.Str, StringComparer.Ordinal);

    private static PyValue Field(PyValue ge, string key) =>
        ge.Get(key) ?? throw new InvalidDataException($"A gold event has no \"{key}\".");
}
