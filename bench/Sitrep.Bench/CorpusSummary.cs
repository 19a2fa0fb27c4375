namespace Sitrep.Bench;

/// <summary>Running totals over generated reports (count, bytes, words, styles, copies), so a streamed corpus can be
/// described without being kept.</summary>
internal sealed class CorpusSummary
{
    private readonly Dictionary<ReportStyle, int> _styles = [];
    private int _reports;
    private long _bytes;
    private long _words;
    private int _minWords = int.MaxValue;
    private int _maxWords;
    private int _duplicates;
    private int _reusing;

    public void Add(GeneratedReport r)
    {
        _reports++;
        _bytes += r.Bytes.Length;
        _words += r.Words;
        _minWords = Math.Min(_minWords, r.Words);
        _maxWords = Math.Max(_maxWords, r.Words);
        _duplicates += r.DuplicateOf is null ? 0 : 1;
        _reusing += r.PassageFrom is null ? 0 : 1;
        _styles[r.Style] = _styles.GetValueOrDefault(r.Style) + 1;
    }

    public void Print()
    {
        if (_reports == 0)
        {
            Console.WriteLine("corpus summary: no reports");
            return;
        }

        var styles = string.Join(", ", _styles.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"));
        Console.WriteLine($"corpus summary: {_reports} reports, {_bytes / 1e6:F2} MB, words min {_minWords} / mean {(double)_words / _reports:F0} / max {_maxWords}");
        Console.WriteLine($"  styles: {styles}");
        Console.WriteLine($"  exact duplicates: {_duplicates}, reusing a passage: {_reusing}");
    }
}
