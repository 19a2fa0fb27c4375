namespace Sitrep.Bench;

/// <summary>
/// Sentence templates shared by all report styles. Slots: {C}/{C2} countries, {CAP} a capital city, {G} an armed
/// group, {M} a military, {B} a government body or international organisation, {MON} a monitor, {P}/{P2} people,
/// {PL}/{PL2} places, {I} an installation, {O} an outlet, {N} a small number, {K} a large number, {PCT} a percentage,
/// {DAY} a weekday, {DATE} a day and month, {MONTH} a month, {YEAR} a year, {REL} a relative time phrase.
/// </summary>
public static class SentenceBank
{
    /// <summary>Sentences that carry an event: bases, withdrawals, deployments, strikes, clashes, diplomacy.</summary>
    public static readonly string[] Events =
    [
        "{M} began pulling personnel out of {I} on {DAY}, according to two officials who asked not to be named.",
        "A column of {N} armoured vehicles crossed into the area around {PL} {REL}, residents said.",
        "{C} has stationed roughly {K} soldiers near {PL} since {MONTH}, a defence official said.",
        "An airstrike hit a warehouse on the edge of {PL} overnight, killing {N} people, the {MON} said.",
        "Fighting between {G} and {M} broke out on the outskirts of {PL} on {DATE} and lasted into the evening.",
        "{P} held talks with officials from {C2} in {CAP} on {DAY}, focusing on border crossings and trade.",
        "The two sides signed an agreement on {DATE} that covers the return of displaced families to {PL}.",
        "{C} announced sanctions on {N} people it accuses of financing {G}.",
        "{G} holds about {PCT} percent of the territory east of {PL}, according to the {MON}.",
        "Security forces detained {N} men during a raid on a farmhouse near {PL} {REL}.",
        "{C} intends to build a new outpost close to {PL} before the end of {YEAR}, the ministry said.",
        "The garrison at {I} was handed over to {M} after a short ceremony attended by local officials.",
        "Surveillance drones circled over {PL} for several hours on {DAY}, witnesses told {O}.",
        "{C} still keeps a small military presence at {I}, two diplomats said.",
        "Units of {M} pushed deeper into the countryside south of {PL} {REL}, the {MON} reported.",
        "At least {N} civilians were killed when shells struck a market in {PL}, medical workers said.",
        "{M} redeployed {K} troops from {PL} to the border with {C2} over the weekend.",
        "A second convoy carrying fuel and ammunition arrived at {I} on {DATE}.",
        "{C} and {C2} agreed to restore diplomatic relations and exchange ambassadors within {N} weeks.",
        "{P} said the withdrawal from {I} would be completed by {MONTH}.",
        "Drone strikes targeted positions held by {G} near {PL2} on {DAY}, killing {N} fighters.",
        "The {B} said it had reached a deal with {G} to open a humanitarian corridor to {PL}.",
        "Officials in {CAP} confirmed that {N} advisers had left {I} {REL}.",
        "{M} said it had set up {N} new checkpoints along the road between {PL} and {PL2}.",
        "An opinion poll published {REL} found that {PCT} percent of respondents backed the talks.",
        "{G} attacked an army post near {PL2}, and the exchange of fire lasted for about {N} hours.",
        "Soldiers from {C} are expected to arrive at {I} later this month, a spokesman said.",
        "{C} joined the coalition on {DATE}, bringing the number of member states to {N}.",
        "{P} was removed from his post on {DATE} after weeks of pressure from {B}.",
        "The {B} recognised the new authorities in {CAP} {REL}, ending months of uncertainty.",
        "{M} handed over {N} positions in {PL} to local forces as part of the deal.",
        "Warplanes from {C} carried out {N} air raids on {PL} and {PL2} in a single night.",
        "Around {K} personnel remain at {I}, down from more than {K} a year ago.",
        "{C} reduced its forces at {I} by half in {MONTH}, a move confirmed by satellite imagery.",
    ];

    /// <summary>Background, colour and context without an event.</summary>
    public static readonly string[] Context =
    [
        "The area has changed hands several times since {YEAR}.",
        "Aid groups say more than {K} families are still living in tents across the province.",
        "Traffic on the main road to {PL} resumed {REL} after a week of closures.",
        "Bread and fuel prices in {PL} have roughly doubled over the past {N} months.",
        "Officials in {CAP} did not reply to requests for comment.",
        "No timetable was given for the next round of talks.",
        "The region sits at the junction of roads leading to {PL} and {PL2}, which makes it valuable to every side.",
        "Schools in {PL} reopened on {DAY} for the first time in {N} weeks.",
        "Electricity in much of {PL} is available for only a few hours a day.",
        "Farmers around {PL2} say the harvest this year was the worst they remember.",
        "The {B} has called for restraint and for access for aid convoys.",
        "Local councils in {PL} have struggled to pay salaries since {MONTH}.",
        "The border crossing near {PL2} was closed to trucks for much of {MONTH}.",
        "Many residents fled to {PL2} when the fighting started and have not returned.",
        "Water shortages have been reported in several districts of {PL} this summer.",
        "The {B} estimated that reconstruction would cost more than {K} million dollars.",
        "Talks in {CAP} have stalled twice this year over the question of security guarantees.",
        "Neither side has published casualty figures for the past week.",
        "Diplomats describe the situation around {PL} as fragile but stable.",
        "Journalists have had limited access to the area since {YEAR}.",
    ];

    /// <summary>Quotations, direct and indirect, with their speakers.</summary>
    public static readonly string[] Quotes =
    [
        "\u201cWe will not accept foreign troops on our land,\u201d {P} told reporters in {CAP}.",
        "\u201cThe situation is calm for now, but people are afraid,\u201d a local official in {PL} said by phone.",
        "{P} said on {DAY} that his government was \u201cready to talk to anyone who respects our borders\u201d.",
        "\u201cThere has been no decision on the future of the base,\u201d a spokesman for {M} said.",
        "A resident of {PL}, who gave only his first name, said: \u201cWe hear the drones every night.\u201d",
        "\u201cOur priority is the safety of civilians,\u201d the {B} said in a statement.",
        "{P2} told {O} that the agreement \u201cdoes not change anything on the ground\u201d.",
        "\u201cWe were given two days to leave,\u201d said a shopkeeper who moved to {PL2} with his family.",
        "A senior commander in {G} said the group \u201cwill defend every village\u201d.",
        "\u201cThis is a step, not a solution,\u201d said a diplomat based in {CAP}.",
    ];

    /// <summary>Headlines, one line each.</summary>
    public static readonly string[] Headlines =
    [
        "{C} begins pullout from {I} as talks with {C2} go on",
        "Clashes near {PL} leave {N} dead, monitor says",
        "{C} sends reinforcements to {PL} after border incident",
        "{P} meets {C2} delegation in {CAP}",
        "Airstrikes hit {G} positions around {PL2}",
        "Convoy reaches {I} amid talk of a new deal",
        "{C} and {C2} sign deal on return of displaced families",
        "Residents of {PL} brace for more fighting",
        "{B} calls for calm after raids in {PL}",
        "{M} hands over {I} to local forces",
    ];

    /// <summary>Relative time phrases; {DAY} and {MONTH} inside them are filled too.</summary>
    public static readonly string[] RelativeTimes =
    [
        "on {DAY}", "last week", "earlier this month", "late on {DAY}", "two days ago", "this morning",
        "on {DAY} night", "over the weekend", "in early {MONTH}", "last month", "yesterday", "on {DATE}",
    ];
}
