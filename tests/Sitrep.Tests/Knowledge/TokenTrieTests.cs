using Sitrep.Core.Knowledge;
using Xunit;

namespace Sitrep.Tests.Knowledge;

public class TokenTrieTests
{
    private static int[] Ids(WordIds table, params string[] words) => [.. words.Select(table.IdOf)];

    [Fact]
    public void Finds_every_stored_name_starting_at_a_word_shortest_first()
    {
        var table = new WordIds();
        var trie = new TokenTrie<string>(table);
        trie.Add(["port"], "a");
        trie.Add(["port", "of", "call"], "b");
        trie.Add(["of", "call"], "c");
        var found = new List<(int Length, List<string> Values)>();

        var n = trie.Matches(Ids(table, "the", "port", "of", "call", "today"), 1, found);

        Assert.Equal(2, n);
        Assert.Equal([(1, "a"), (3, "b")], found.Select(f => (f.Length, f.Values.Single())));
    }

    [Fact]
    public void A_word_no_key_contains_has_no_number_and_ends_the_walk()
    {
        var table = new WordIds();
        var trie = new TokenTrie<string>(table);
        trie.Add(["harbour", "gate"], "x");
        var found = new List<(int Length, List<string> Values)>();

        Assert.Equal(-1, table.IdOf("wall"));
        Assert.Equal(0, trie.Matches(Ids(table, "harbour", "wall"), 0, found));
        Assert.Null(trie.Lookup(["harbour", "wall"]));
        Assert.Equal(["x"], trie.Lookup(["harbour", "gate"]));
    }

    [Fact]
    public void Automata_sharing_a_table_give_a_word_one_number()
    {
        var table = new WordIds();
        var names = new TokenTrie<string>(table);
        var labels = new TokenTrie<string>(table);
        names.Add(["river", "crossing"], "place");
        labels.Add(["crossing"], "label");
        var found = new List<(int Length, List<string> Values)>();
        var ids = Ids(table, "river", "crossing");

        Assert.Equal(2, table.Count);
        Assert.Equal(1, names.Matches(ids, 0, found));
        Assert.Equal(1, labels.Matches(ids, 1, found));
        Assert.Equal("label", found[0].Values[0]);
    }
}
