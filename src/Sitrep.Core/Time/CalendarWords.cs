using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// <summary>Month and weekday names and number words, folded.</summary>
public static class CalendarWords
{
    private static readonly WordMap Months = new(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    });

    private static readonly WordMap Weekdays = new(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
        ["mon"] = 1, ["tue"] = 2, ["tues"] = 2, ["wed"] = 3, ["thu"] = 4, ["thurs"] = 4, ["fri"] = 5, ["sat"] = 6, ["sun"] = 7,
    });

    private static readonly WordMap Numbers = new(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12, ["several"] = 3, ["couple"] = 2,
    });

    /// <summary>Month number for a folded word; "may" and "mar" only when capitalised (the caller checks).</summary>
    public static int Month(string norm) => Months.TryGetValue(norm.TrimEnd('.'), out var m) ? m : 0;

    public static int Weekday(string norm) => Weekdays.TryGetValue(norm, out var d) && norm.Length > 3 ? d : 0;

    public static int NumberWord(string norm) => Numbers.TryGetValue(norm, out var n) ? n : 0;

    /// <summary>Every month and weekday name and number word.</summary>
    public static IEnumerable<string> All => Months.Keys.Concat(Weekdays.Keys).Concat(Numbers.Keys);
}
