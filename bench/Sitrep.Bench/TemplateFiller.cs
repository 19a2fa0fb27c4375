using System.Globalization;
using System.Text;

namespace Sitrep.Bench;

/// <summary>The names one report is about, chosen once so that its sentences talk about the same actors and places.</summary>
public sealed record Cast(
    string Country, string Country2, string Capital, string Group, string Military, string Body, string Monitor,
    string Person, string Person2, string Place, string Place2, string Installation, string Outlet, string Domain);

/// <summary>Fills template slots from a report's cast, its publication date and the random generator.</summary>
public sealed class TemplateFiller
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;
    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private readonly Random _rng;
    private readonly Cast _cast;
    private readonly DateOnly _published;

    public TemplateFiller(Random rng, Cast cast, DateOnly published)
    {
        _rng = rng;
        _cast = cast;
        _published = published;
    }

    public static Cast CastFor(Random rng, NamePools pools, bool stateOutlet)
    {
        var outlet = Pick(rng, stateOutlet ? pools.StateOutlets : pools.Outlets);
        var country = Pick(rng, pools.Countries);
        var country2 = Pick(rng, pools.Countries);
        var place = Pick(rng, pools.Places);
        return new Cast(
            country, country2 == country ? Pick(rng, pools.Countries) : country2, Pick(rng, pools.Capitals),
            Pick(rng, pools.ArmedGroups), Pick(rng, pools.Militaries), Pick(rng, pools.Bodies), Pick(rng, pools.Monitors),
            Pick(rng, pools.People), Pick(rng, pools.People), place, Pick(rng, pools.Places), Pick(rng, pools.Installations),
            outlet, pools.Domains[rng.Next(pools.Domains.Count)]);
    }

    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public string Fill(string template)
    {
        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            sb.Append(Slot(template[(open + 1)..close]));
            i = close + 1;
        }

        return sb.ToString();
    }

    /// <summary>A day shortly before publication, as the text of a report would name it.</summary>
    public DateOnly RecentDay() => _published.AddDays(-_rng.Next(0, 12));

    private string Slot(string name) => name switch
    {
        "C" => _cast.Country,
        "C2" => _cast.Country2,
        "CAP" => _cast.Capital,
        "G" => _cast.Group,
        "M" => _cast.Military,
        "B" => _cast.Body,
        "MON" => _cast.Monitor,
        "P" => _cast.Person,
        "P2" => _cast.Person2,
        "PL" => _cast.Place,
        "PL2" => _cast.Place2,
        "I" => _cast.Installation,
        "O" => _cast.Outlet,
        "DOMAIN" => _cast.Domain,
        "N" => SmallNumber(),
        "K" => _rng.Next(1, 60).ToString(En) + "," + (_rng.Next(0, 10) * 100).ToString("000", En),
        "PCT" => _rng.Next(5, 75).ToString(En),
        "DAY" => RecentDay().DayOfWeek.ToString(),
        "DATE" => RecentDay().ToString("MMMM d", En),
        "MONTH" => _published.AddMonths(-_rng.Next(0, 4)).ToString("MMMM", En),
        "YEAR" => (_published.Year - _rng.Next(1, 12)).ToString(En),
        "REL" => Fill(Pick(_rng, SentenceBank.RelativeTimes)),
        _ => throw new InvalidOperationException($"unknown template slot {{{name}}}"),
    };

    private string SmallNumber()
    {
        var n = _rng.Next(2, 60);
        return n <= 9 && _rng.Next(2) == 0
            ? NumberWords[n]
            : n.ToString(En);
    }
}
