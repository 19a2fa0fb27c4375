using System.Text;

namespace Sitrep.Evaluation;

/// <summary>One gold annotation file: its name (file name without extension) and its decoded content.</summary>
internal sealed record GoldDocument(string Name, PyValue Data)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every <c>*.json</c> file of the directory except aliases.json, in file name order.</summary>
    public static IReadOnlyList<GoldDocument> LoadAll(string goldDir) =>
        Directory.GetFiles(goldDir)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) && f != "aliases.json")
            .OrderBy(f => f, Comparer<string>.Create(PyOps.Compare))
            .Select(f => Load(Normalizer.Stem(PyValue.FromString(f)), Path.Combine(goldDir, f)))
            .ToList();

    private static GoldDocument Load(string name, string path)
    {
        var data = PyValue.Parse(ReadUtf8(path));
        if (!data.IsDict || (data.Get("events") is { } events && PyOps.Iterate(events).Any(e => !e.IsDict)))
        {
            throw new InvalidDataException($"Gold file {name}: expected an object whose events are objects.");
        }
        return new GoldDocument(name, data);
    }

    /// <summary>Reads a UTF-8 file as is, byte order mark included; invalid UTF-8 throws.</summary>
    public static string ReadUtf8(string path)
    {
        using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    /// <summary><c>gold[key]</c>, which must be present.</summary>
    public PyValue Required(string key) =>
        Data.Get(key) ?? throw new InvalidDataException($"Gold file {Name} has no \"{key}\".");

    /// <summary><c>gold.get(key, [])</c> iterated.</summary>
    public IEnumerable<PyValue> List(string key) => Data.Get(key) is { } v ? PyOps.Iterate(v) : [];

    /// <summary><c>len(gold.get(key, []))</c>.</summary>
    public int Count(string key) => Data.Get(key) is { } v ? PyOps.Len(v) : 0;
}
