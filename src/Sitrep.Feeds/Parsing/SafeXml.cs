using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Feeds.Parsing;

/// <summary>
/// Loads XML that came from the network without trusting it: DTDs are prohibited (so no entity expansion, the
/// billion-laughs bomb, and no external entities) and no resolver is set (nothing is fetched or read from disk).
/// </summary>
public static class SafeXml
{
    public const string DtdRefused = "refused: the document declares a DTD (<!DOCTYPE>); DTDs are not accepted in feeds because their entities can expand without bound";

    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The document, or a one-line reason it was refused or is not well formed.</summary>
    public static (XDocument? Document, string? Error) Load(string text, long maxCharacters = 64L * 1024 * 1024)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings(maxCharacters));
            return (XDocument.Load(reader, LoadOptions.None), null);
        }
        catch (XmlException) when (HasDoctype(text))
        {
            return (null, DtdRefused);
        }
        catch (XmlException ex)
        {
            return (null, $"not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {FirstSentence(ex.Message)}");
        }
    }

    // A DOCTYPE can only stand in the prolog, before the first element's '<' + letter.
    private static bool HasDoctype(string text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0)
        {
            return false;
        }

        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < doctype; i = text.IndexOf('<', i + 1))
        {
            if (i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }
}
