using System.Text;

namespace Sitrep.Store.Sql;

/// <summary>
/// A search text split into what both backends understand the same way: words and "quoted phrases", all
/// required, with <c>OR</c> between two terms making either enough. Everything else (FTS5 operators, tsquery
/// syntax, a leading minus) is taken as plain words, so user input never reaches the query parser raw.
/// </summary>
public sealed record FtsTerms(IReadOnlyList<IReadOnlyList<string>> Alternatives)
{
    public bool IsEmpty => Alternatives.Count == 0;

    /// <summary>Groups of terms: every term of one group is required; any group is enough.</summary>
    public static FtsTerms Parse(string text)
    {
        var groups = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        foreach (var (term, quoted) in Tokens(text))
        {
            if (!quoted && term == "OR")
            {
                if (current.Count > 0)
                {
                    groups.Add(current);
                    current = [];
                }

                continue;
            }

            if (term.Any(char.IsLetterOrDigit))
            {
                current.Add(term);
            }
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        return new FtsTerms(groups);
    }

    /// <summary>An FTS5 MATCH expression: every term double-quoted (a phrase or a word).</summary>
    public string ToFts5() => string.Join(" OR ", Alternatives.Select(g => "(" + string.Join(" AND ", g.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + ")"));

    /// <summary>A websearch_to_tsquery string: every term double-quoted, groups joined with "or".</summary>
    public string ToWebSearch() => string.Join(" or ", Alternatives.Select(g => string.Join(" ", g.Select(t => "\"" + t.Replace("\"", " ", StringComparison.Ordinal) + "\""))));

    private static IEnumerable<(string Term, bool Quoted)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end;
                yield return (text[(i + 1)..end].Trim(), true);
                i = end + 1;
                continue;
            }

            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                word.Append(text[i++]);
            }

            yield return (word.ToString(), false);
        }
    }
}
