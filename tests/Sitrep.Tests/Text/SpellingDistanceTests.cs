using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Tests.Text;

public class SpellingDistanceTests
{
    [Theory]
    [InlineData("Hmaymim", "Hmeimim")]
    [InlineData("Al-Suwaidaa", "Sweida")]
    [InlineData("Thiban", "Dhiban")]
    [InlineData("Tell Abiad", "Tal Abyad")]
    [InlineData("Hasakeh", "Hasakah")]
    [InlineData("Raqqah", "Raqqa")]
    public void Spellings_of_one_name_are_close(string a, string b)
    {
        Assert.True(SpellingDistance.CloseEnough(NameFolding.Fold(a), NameFolding.Fold(b)));
    }

    [Theory]
    [InlineData("al-Muallaqa", "al-Malikiyah")]
    [InlineData("Sarrin", "Souran")]
    [InlineData("al-Rawadi", "Rudaw")]
    [InlineData("Photo", "Fatah")]
    [InlineData("Sahel", "al-Shuhayl")]
    public void Names_sharing_only_consonants_are_not(string a, string b)
    {
        Assert.False(SpellingDistance.CloseEnough(NameFolding.Fold(a), NameFolding.Fold(b)));
    }

    [Fact]
    public void Light_form_drops_the_article_and_maps_variant_letters()
    {
        Assert.Equal(SpellingDistance.Light("kharab al-jir"), SpellingDistance.Light("kharab el-jeer"));
    }
}
