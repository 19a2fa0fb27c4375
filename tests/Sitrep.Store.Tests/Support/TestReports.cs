namespace Sitrep.Store.Tests.Support;

/// <summary>
/// Small invented reports for the store tests. A and B share a passage (B reprints A's first sentence), A and C
/// come from one outlet, and the events fall on places with coordinates (Qamishli, Damascus), on places the
/// knowledge base cannot locate (the M4 highway, the Euphrates valley) and on no place at all.
/// </summary>
public static class TestReports
{
    public const string StrikeSentence = "A Turkish drone struck a convoy of fuel trucks near the town of Qamishli on Sunday, killing two drivers, a local official said.";

    /// <summary>A word that occurs in a body but in no evidence sentence.</summary>
    public const string BodyOnlyWord = "beekeepers";

    public const string Strike = $"""
        Drone strike hits convoy near Qamishli

        March 3, 2025

        QAMISHLI, March 3 (Reuters) - {StrikeSentence}

        The strike was the third in the area this month, residents said, and farmers in nearby villages kept their tractors indoors for fear of further attacks.

        Russian military police deployed additional patrols along the M4 highway on Monday, the defence ministry in Moscow said in a statement.
        """;

    public const string Reprint = $"""
        Convoy attacked in northeast Syria

        March 4, 2025

        BEIRUT, March 4 (AFP) - {StrikeSentence}

        Talks between Syrian and Kurdish officials on the future of the oil fields were expected to resume in Damascus next week, a mediator said.
        """;

    public const string Valley = """
        Patrols step up along the river

        March 5, 2025

        AMMAN, March 5 (Reuters) - Coalition helicopters flew reconnaissance missions over the Euphrates valley on Tuesday after a rise in sleeper-cell attacks, an SDF official said.

        Beekeepers in the area said the noise had disturbed their hives, and several cooperatives asked for compensation.
        """;

    public static readonly IReadOnlyDictionary<string, string> Batch = new Dictionary<string, string>
    {
        ["a_strike.txt"] = Strike,
        ["b_reprint.txt"] = Reprint,
        ["c_valley.txt"] = Valley,
    };

    /// <summary>A batch of distinct reports made by numbering variants of the three above.</summary>
    public static IReadOnlyDictionary<string, string> Numbered(int count) =>
        Enumerable.Range(1, count).ToDictionary(
            i => $"gen_{i:D3}.txt",
            i => Batch.Values.ElementAt(i % 3) + $"\n\nThis is dispatch number {i} of the series.\n");
}
