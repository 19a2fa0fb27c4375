using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>Receives ingestion progress; draws it when it has a Spectre progress context, else ignores it.</summary>
public sealed class IngestReporter
{
    private readonly ProgressTask? _extracting;
    private readonly ProgressContext? _context;
    private ProgressTask? _storing;

    public IngestReporter(TextWriter errors, ProgressContext? context, int inputs)
    {
        Errors = errors;
        _context = context;
        _extracting = context?.AddTask("extracting", maxValue: Math.Max(1, inputs));
    }

    /// <summary>Where one-line errors about bad inputs go.</summary>
    public TextWriter Errors { get; }

    public void Extracted(int done)
    {
        if (_extracting is not null)
        {
            _extracting.Value = done;
        }
    }

    /// <summary>Storing runs beside extraction (a streamed run): its bar counts against the inputs.</summary>
    public void StoringAlongside(int inputs) => _storing = _context?.AddTask("storing", maxValue: Math.Max(1, inputs));

    public void Stored(int done)
    {
        if (_storing is not null)
        {
            _storing.Value = done;
        }
    }
}
