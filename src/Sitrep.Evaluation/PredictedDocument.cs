namespace Sitrep.Evaluation;

/// <summary>One predicted document (a line of the extractor's JSON Lines output).</summary>
internal sealed class PredictedDocument
{
    public PredictedDocument(PyValue obj)
    {
        var doc = obj.GetOrNone("document");
        Document = doc.IsDict ? doc : PyValue.FromDict(new(StringComparer.Ordinal));
        foreach (var e in PyOps.IterateOrEmpty(obj.Get("entities")))
        {
            if (e.IsDict)
            {
                Entities[PyOps.Str(e.GetOrNone("id"))] = e;
            }
        }
        Events = PyOps.IterateOrEmpty(obj.Get("events")).Where(e => e.IsDict).ToList();
        Framing = PyOps.IterateOrEmpty(obj.Get("framing")).Where(f => f.IsDict).ToList();
    }

    /// <summary>The <c>document</c> object (empty when absent or not an object).</summary>
    public PyValue Document { get; }

    /// <summary>Entities by <c>str(id)</c>; a later entity with the same id replaces an earlier one.</summary>
    public OrderedDictionary<string, PyValue> Entities { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<PyValue> Events { get; }

    public IReadOnlyList<PyValue> Framing { get; }

    /// <summary>
    /// Normalised names of an entity reference: its own name and mentions, its entity's canonical name, and
    /// (when <paramref name="pooled"/>) every mention of that entity in the document.
    /// </summary>
    public HashSet<string> Names(PyValue? reference, bool pooled = true)
    {
        var output = new HashSet<string>(StringComparer.Ordinal);
        var r = reference?.Kind == PyKind.Str
            ? PyValue.FromDict(new(StringComparer.Ordinal) { ["id"] = reference })
            : reference is { IsDict: true } ? reference : null;
        if (r is null)
        {
            return output;
        }
        output.Add(Normalizer.Norm(r.Get("name")));
        foreach (var m in PyOps.IterateOrEmpty(r.Get("mentions")))
        {
            output.Add(Normalizer.Norm(Surface(m)));
        }
        if (Entities.TryGetValue(PyOps.Str(r.GetOrNone("id")), out var entity) && PyOps.Truthy(entity))
        {
            output.Add(Normalizer.Norm(entity.Get("name")));
            if (pooled)
            {
                foreach (var m in PyOps.IterateOrEmpty(entity.Get("mentions")))
                {
                    output.Add(Normalizer.Norm(Surface(m)));
                }
            }
        }
        output.Remove("");
        return output;
    }

    private static PyValue Surface(PyValue mention) => mention.IsDict ? mention.GetOrNone("text") : mention;
}
