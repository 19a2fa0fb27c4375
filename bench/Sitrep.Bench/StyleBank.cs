namespace Sitrep.Bench;

/// <summary>
/// Templates that belong to one report style: state-media sentences with loaded labels, think-tank sentences with
/// hedges, and the site furniture (navigation, sharing, comment and copyright lines) of web pages. Same slots as
/// <see cref="SentenceBank"/>.
/// </summary>
public static class StyleBank
{
    /// <summary>State-media register: labels and loaded terms instead of neutral names.</summary>
    public static readonly string[] StateMedia =
    [
        "The Zionist regime committed a new act of aggression against {PL} on {DAY}, targeting homes and farmland.",
        "Takfiri terrorists backed by foreign powers shelled villages around {PL2}, local sources told {O}.",
        "The so-called coalition led by Washington continues its illegal occupation of {I}, in violation of international law.",
        "Resistance fighters repelled an attempt by occupation forces to advance towards {PL}.",
        "{P} condemned the US-backed militias and said the Axis of Resistance would not stand idle.",
        "The Israeli occupation army pushed into {PL} under the pretext of protecting its border.",
        "Local sources said {N} civilians were martyred in the raid on {PL}.",
        "Western-backed terrorists looted grain stores in {PL2} before fleeing, residents said.",
        "The usurping entity has carried out more than {K} violations of the ceasefire since {MONTH}, the ministry said.",
        "The American occupation forces smuggled stolen oil out of the region in a convoy of {N} tankers.",
        "{C} stands firmly with the resistance against the hegemony of global arrogance, {P} said.",
        "The heroic army confronted the terrorist groups and restored security to {PL}.",
    ];

    /// <summary>Think-tank register: estimates, hedges and discrediting qualifiers.</summary>
    public static readonly string[] ThinkTank =
    [
        "{C} may be preparing to shrink its footprint at {I}, though no official has confirmed this.",
        "It remains unclear whether {G} could hold {PL} without outside support.",
        "Analysts suggest the deployment is likely meant as a signal to {C2} rather than a prelude to an offensive.",
        "The self-styled administration in {PL} reportedly introduced new taxes on trucks in {MONTH}.",
        "There is speculation that {C} might open talks with {G} in the coming months.",
        "In our assessment, a full withdrawal, if it happens, would take at least {N} weeks.",
        "Satellite imagery reviewed for this paper appears to show new fortifications at {I}.",
        "Officials in {CAP} allegedly expect a deal to be signed before {MONTH}.",
        "The so-called security zone around {PL2} exists mostly on paper.",
        "Three scenarios seem plausible for the next {N} months, and none of them is stable.",
        "Force levels are hard to verify; estimates range from {K} to roughly twice that number.",
        "Much depends on whether {C2} is willing to guarantee the arrangement, which looks doubtful.",
        "Purportedly local militias are in several cases commanded by officers from {C}.",
        "Past agreements of this kind collapsed within weeks, which argues for caution.",
    ];

    /// <summary>Section headings of an analysis paper.</summary>
    public static readonly string[] ThinkTankHeadings =
    [
        "Key judgements", "Background", "Forces on the ground", "Regional reactions", "Outlook", "Implications for {C}",
    ];

    /// <summary>Lines of site furniture above the article.</summary>
    public static readonly string[] FurnitureTop =
    [
        "Home / News / Middle East", "Home > World > {C}", "Share this article", "Share on Facebook", "Tweet",
        "Print", "Subscribe", "www.{DOMAIN}", "Advertisement", "Latest News", "Sign in",
    ];

    /// <summary>Lines of site furniture below the article.</summary>
    public static readonly string[] FurnitureBottom =
    [
        "Related Articles", "Read more", "Comments are closed.", "Leave a Reply", "Subscribe to our newsletter",
        "Back to top", "Join our Telegram channel for the latest updates", "Share this:", "Like this:", "Loading...",
        "Your email address will not be shown to other readers. Fields marked * must be filled in.",
    ];

    /// <summary>Link texts in "related" boxes and side bars.</summary>
    public static readonly string[] RelatedLinks =
    [
        "Markets react to fuel price rise in {PL}", "Explainer: who controls {PL2}?", "{C} football team wins friendly",
        "Photos: rebuilding the old souk of {PL}", "Weather: heavy rain expected across {C}", "Opinion: the long road to {CAP}",
    ];
}
