using Sitrep.Core.Corpus;
using Xunit;
using static Sitrep.Tests.Corpus.StoryCompatibilityTests;

namespace Sitrep.Tests.Corpus;

public sealed class RegisterTests
{
    [Theory]
    [InlineData("military.base", "planned", null, "Turkey plans a base near the town.", "planned")]
    [InlineData("military.base", "ongoing", null, "Engineers are building a base near the town.", "under construction")]
    [InlineData("military.base", "completed", null, "The coalition expanded the base last month.", "expanded")]
    [InlineData("military.base", "ongoing", null, "Russia maintains the base.", "operational")]
    [InlineData("military.strike", "completed", null, "Drones struck the base.", "struck")]
    [InlineData("military.withdrawal", "completed", "syria", "US forces handed the base to the army.", "handed over")]
    [InlineData("military.withdrawal", "completed", null, "US forces left the base.", "withdrawn")]
    [InlineData("military.withdrawal", "planned", null, "US forces will leave the base.", null)]
    [InlineData("military.base", "denied", null, "Russia denied building a base.", null)]
    public void A_fact_at_an_installation_sets_its_register_status(string type, string status, string? target, string sentence, string? expected) =>
        Assert.Equal(expected, InstallationRegister.Status(Fact(type, status, "united_states", target, sentence: sentence)));

    [Theory]
    [InlineData("planned", "negotiation")]
    [InlineData("speculative", "pre-negotiation")]
    [InlineData("completed", "signed")]
    [InlineData("ongoing", "implementation")]
    [InlineData("denied", "rejected")]
    public void An_agreement_status_is_a_stage(string status, string stage) => Assert.Equal(stage, AgreementRegister.Stage(status));
}
