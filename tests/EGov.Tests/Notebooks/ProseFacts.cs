using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using EGov.Analysis;
using EGov.Charts;
using EGov.Data;

namespace EGov.Tests.Notebooks;

/// <summary>
/// Every number the notebooks quote in their prose, with how to compute it (see <see cref="ProseFact"/>). A number added to a
/// notebook's Markdown without an entry here fails <see cref="ProseNumberTests"/>; an entry whose value the data no longer
/// gives fails it too, so prose cannot go stale. Values are computed with the library, the way the notebooks compute them.
/// </summary>
internal static class ProseFacts
{
    private static readonly Survey S = Survey.Load();

    /// <summary>Facts of every notebook: the index scale written "0-1".</summary>
    private static readonly ProseFact[] Shared =
    [
        new("{0}-{1}", () => ["0", ((int)SurveySchema.Of(SurveyIndex.Egdi).MaximumIn(S.Editions[^1])).ToString(CultureInfo.InvariantCulture)], "the index scale", Optional: true),
        Cite("(Barro and Sala-i-Martin {1992}", "R. J. Barro and X. Sala-i-Martin, Convergence, Journal of Political Economy 100(2), 1992"),
        Cite("(Barro and Sala-i-Martin {1992})", "R. J. Barro and X. Sala-i-Martin, Convergence, Journal of Political Economy 100(2), 1992"),
        Cite("(Friedman {1992}; Quah {1993})", "M. Friedman, Do Old Fallacies Ever Die?, Journal of Economic Literature 30(4), 1992; D. Quah, Galton's Fallacy and Tests of the Convergence Hypothesis, Scandinavian Journal of Economics 95(4), 1993"),
        Cite("(Cook {1977})", "R. D. Cook, Detection of Influential Observation in Linear Regression, Technometrics 19(1), 1977"),
        Cite("(Gini {1912})", "C. Gini, Variabilità e mutabilità, Bologna, 1912"),
        Cite("(Theil {1967})", "H. Theil, Economics and Information Theory, North-Holland, 1967"),
        Cite("(Shorrocks {1980} shows", "A. F. Shorrocks, The Class of Additively Decomposable Inequality Measures, Econometrica 48(3), 1980"),
    ];

    /// <summary>The time each notebook's opening gives: the authors' estimate of reading it and running its cells.</summary>
    private static readonly Dictionary<string, int> Minutes = new()
    {
        ["00"] = 10, ["01"] = 20, ["02"] = 30, ["03"] = 40, ["04"] = 45, ["05"] = 20, ["06"] = 20, ["07"] = 35, ["08"] = 20, ["09"] = 25,
    };

    /// <summary>A citation: the marked numbers are the reference's own (year, volume, issue), given in <paramref name="source"/>.</summary>
    private static ProseFact Cite(string phrase, string source) =>
        new(phrase, () => [.. ProseNumbers.Parse(phrase).Marks.Select(m => m.Text)], source, Optional: true);

    public static IReadOnlyList<ProseFact> For(string notebook) => [.. Shared,
        new("**Time:** about {" + Minutes[notebook[..2]] + "} minutes", () => [I(Minutes[notebook[..2]])], "the authors' estimate of reading the notebook and running its cells"),
        .. notebook[..2] switch
    {
        "00" => Index(),
        "01" => GettingStarted(),
        "02" => China(),
        "03" => [.. Regions(), .. SpecialSituations()],
        "04" => Trends(),
        "05" => Profile(),
        "06" => XPlot(),
        "07" => DataQuality(),
        "08" => Compare(),
        "09" => EParticipation(),
        _ => [],
    }];

    private static ProseFact[] Index() =>
    [
        new("the {193} UN member states", () => [I(S.Countries.Count)]),
        new("Micronesia's 2003 HCI is {1.422}", () => [D(S.Record(2003, "FSM")!.Hci, 3)]),
        new("Very high ≥ {0.75}, high ≥ {0.50}, middle ≥ {0.25}", Bands),
        new("the UN's five regions and {22} sub-regions", () => [I(S.Countries.Select(c => c.SubRegion).Distinct().Count())]),
        new("per {100} inhabitants", () => ["100"], "ITU indicator definitions, as cited in the surveys' methodology annexes"),
        new("(from 2012 on, the HCI and TII are rescaled to run from {0} to {1})", RescaledFrom2012),
        new("rescaled among that edition's countries to run from exactly {0} (the lowest country) to exactly {1} (the highest), and the OSI's highest country is at {1} in every edition", () =>
        {
            Require(S.Editions.All(e => Extremes(SurveyIndex.Osi, e).Max == 1m), "the OSI's highest country is at 1 in every edition");
            return [.. RescaledFrom2012(), "1"];
        }),
        new("the largest HCI is {0.99} in 2004 and 2005 (and {1.422} in 2003, a data error), the largest TII lies between {0.7687} and {0.8600} in 2003-2010, and the lowest HCI is {0.2549} in 2008 and {0.2819} in 2010", () =>
        {
            var early = S.Editions.Where(e => e < 2012).ToList();
            Require(early.All(e => Extremes(SurveyIndex.Hci, e).Max != 1m && Extremes(SurveyIndex.Tii, e).Max != 1m), "before 2012 no edition's HCI or TII reaches exactly 1");
            Require(Extremes(SurveyIndex.Hci, 2004).Max == Extremes(SurveyIndex.Hci, 2005).Max, "the same largest HCI in 2004 and 2005");
            var tii = early.Select(e => Extremes(SurveyIndex.Tii, e).Max).ToList();
            return [D(Extremes(SurveyIndex.Hci, 2004).Max, 2), D(Extremes(SurveyIndex.Hci, 2003).Max, 3), D(tii.Min()), D(tii.Max()),
                D(Extremes(SurveyIndex.Hci, 2008).Min), D(Extremes(SurveyIndex.Hci, 2010).Min)];
        }),
        Cite("R. J. Barro and X. Sala-i-Martin ({1992}), \"Convergence\", *Journal of Political Economy* {100}({2}); their book *Economic Growth* (McGraw-Hill, {1995})", "the article and the book cited"),
        Cite("M. Friedman ({1992}), \"Do Old Fallacies Ever Die?\", *Journal of Economic Literature* {30}({4}); D. Quah ({1993})", "the articles cited"),
        Cite("*Scandinavian Journal of Economics* {95}({4})", "the article cited"),
        Cite("C. Gini ({1912}), *Variabilità e mutabilità* (Bologna); H. Theil ({1967}),", "the books cited"),
        Cite("A. F. Shorrocks ({1980}), \"The Class of Additively Decomposable Inequality Measures\", *Econometrica* {48}({3})", "the article cited"),
        Cite("E. J. G. Pitman ({1939}), \"A Note on Normal Correlation\", *Biometrika* {31}; W. A. Morgan ({1939})", "the articles cited"),
        Cite("Bivariate Population\", *Biometrika* {31}", "the article cited"),
        Cite("R. D. Cook ({1977}), \"Detection of Influential Observation in Linear Regression\", *Technometrics* {19}({1})", "the article cited"),
    ];

    /// <summary>From 2012 on, the HCI and the TII of every edition run from exactly 0 to exactly 1.</summary>
    private static string[] RescaledFrom2012()
    {
        Require(S.Editions.Where(e => e >= 2012).All(e => Extremes(SurveyIndex.Hci, e) == (0m, 1m) && Extremes(SurveyIndex.Tii, e) == (0m, 1m)),
            "from 2012 on the HCI and TII of every edition run from exactly 0 to exactly 1");
        return ["0", "1"];
    }

    /// <summary>The smallest and largest published value of an index among the countries assessed in an edition.</summary>
    private static (decimal Min, decimal Max) Extremes(SurveyIndex index, int edition)
    {
        var values = S.Dataset.Records.Where(r => r.Edition == edition && r.IsAssessed && r.Value(index) is not null).Select(r => r.Value(index)!.Value).ToList();
        return (values.Min(), values.Max());
    }

    private static ProseFact[] GettingStarted() =>
    [
        new("{12} editions × {193} member states = {2,316} rows", () => [I(S.Editions.Count), I(S.Countries.Count), S.Panel.RowCount.ToString("N0", CultureInfo.InvariantCulture)]),
        new("{20} member states were not assessed in 2003, {3} in 2012, and none from 2014", () =>
        {
            Require(S.Editions.Where(e => e >= 2014).All(e => NotAssessed(e) == 0), "every member state assessed from 2014 on");
            return [I(NotAssessed(2003)), I(NotAssessed(2012))];
        }),
        new("Denmark has the highest EGDI ({0.9847}) and the Central African Republic the lowest ({0.0947}); the mean is {0.6382}", () =>
        {
            var r = S.Ranking(SurveyIndex.Egdi, 2024).Ranks;
            Require(r[0].Iso3 == "DNK" && r[^1].Iso3 == "CAF", "Denmark first and the Central African Republic last in 2024");
            return [D(r[0].Value), D(r[^1].Value), F(S.Disparities(SurveyIndex.Egdi, 2024, Grouping.World).World.Summary.Mean)];
        }),
        new("The middle half of the countries lies between {0.4757} and {0.8415}, so the typical gap is far smaller than the range between the extremes.", () =>
        {
            var q = Descriptive.Summarise(S.Edition(2024).GetColumn<double>(SurveyColumns.Egdi).Values.ToList());
            Require(q.Q3 - q.Q1 < (q.Max - q.Min) / 2, "the middle half is less than half the range");
            return [F(q.Q1), F(q.Q3)];
        }),
    ];

    private static ProseFact[] China()
    {
        var claims = Findings.LoadEmbedded();
        var osi = S.Ranking(SurveyIndex.Osi, 2020).For("CHN")!;
        var change = S.EgdiChange("CHN", 2018, 2020);
        var changes = S.EgdiChanges(2018, 2020);
        var world = changes.Mean;
        var worldTii = (Mean: (double)(3 * world.TiiContribution), Median: changes.MedianChange(SurveyIndex.Tii));
        var chinaTii = (double)(3 * change.TiiContribution);
        var osiMeans = S.SigmaConvergence(SurveyIndex.Osi, [2018, 2020]);
        var findings = S.EvaluateFindings().ToDictionary(f => f.Id);
        Require(osiMeans[1].Mean < osiMeans[0].Mean, "the world mean OSI fell from 2018 to 2020");
        return
        [
            new("(China Government Procurement News, 2020-{07}-{28},", () => claims.Source.Contains("2020-07-28", StringComparison.Ordinal) ? ["07", "28"] : ["?", "?"],
                "the news report's date, as cited in data/findings/china-2020.json"),
            new("why China's 2020 OSI is \"{9}th\" as an index ranking but \"{12}th\"", () => [I(osi.DenseRank), I(osi.CompetitionRank)]),
            new("## Index ranking {9}, country ranking {12}", () => [I(osi.DenseRank), I(osi.CompetitionRank)]),
            new("The top {20} shows the ties", () => ["20"], "the parameter n: 20 of the next cell"),
            new("China's EGDI rose from {0.6811} in 2018 to {0.7948} in 2020, its published rank from {65} to {45} ({20} places), its OSI reached {0.9059}, and both are \"very high\" (at least {0.75}); the world mean EGDI rose from {0.5491} to {0.5988}.", () =>
            [
                D(S.Record(2018, "CHN")!.Egdi), D(S.Record(2020, "CHN")!.Egdi), I(S.Record(2018, "CHN")!.EgdiRank!.Value), I(S.Record(2020, "CHN")!.EgdiRank!.Value),
                I(S.RankChanges(SurveyIndex.Egdi, 2018, 2020, null).For("CHN")!.Change), D(S.Record(2020, "CHN")!.Osi), F(LevelGroups.VeryHighFrom, 2),
                F(S.Disparities(SurveyIndex.Egdi, 2018, Grouping.World).World.Summary.Mean), F(S.Disparities(SurveyIndex.Egdi, 2020, Grouping.World).World.Summary.Mean),
            ]),
            new("so it is {9}th among distinct values and {12}th among countries", () => [I(osi.DenseRank), I(osi.CompetitionRank)]),
            new("it contributed {0.0884} of the {0.1137} rise from 2018 to 2020 ({77.8}%)", () =>
            {
                Require(change.MainDriver == SurveyIndex.Tii, "the TII is the main driver 2018-2020");
                return [D(change.TiiContribution), D(change.EgdiChange), F((double)(100 * change.TiiContribution / change.EgdiChange), 1)];
            }),
            new("chief information officers in {145} countries", () => [claims["C9"].Claimed.Split(' ')[0]], "claim C9 of data/findings/china-2020.json"),
            new("C10 ({66}% offering online services)", () => [claims["C10"].Claimed.TrimEnd('%')], "claim C10 of data/findings/china-2020.json"),
            new("The world's mean EGDI rose by {0.0497}, and {0.0436} of it ({88}%) is the TII's: the world mean TII rose by {0.1309} (median {0.1400}), while the world mean OSI fell from {0.5691} to {0.5620}. China's TII rose by {0.2653}, so about half of its gain", () =>
            {
                Require(0.4 < worldTii.Median / chinaTii && worldTii.Median / chinaTii < 0.6, "the world's median TII change is about half of China's");
                return [D(world.EgdiChange), D(world.TiiContribution), F((double)(100 * world.TiiContribution / world.EgdiChange), 0), F(worldTii.Mean), F(worldTii.Median),
                    F(osiMeans[0].Mean), F(osiMeans[1].Mean), F(chinaTii)];
            }),
            new("{88}% of the world mean's rise ({0.0436} of {0.0497}) is the TII, whose world mean rose {0.1309}, while the world mean OSI, the index of online services, fell from {0.5691} to {0.5620}.", () =>
            {
                Require(findings["C8"].Computed.Contains("a level comparison across editions", StringComparison.Ordinal), "C8's computed value carries the caveat");
                return [F((double)(100 * world.TiiContribution / world.EgdiChange), 0), D(world.TiiContribution), D(world.EgdiChange), F(worldTii.Mean), F(osiMeans[0].Mean), F(osiMeans[1].Mean)];
            }),
            new("About half of China's TII gain ({0.2653}) matches the world-wide TII shift (mean {0.1309}, median {0.1400})", () => [F(chinaTii), F(worldTii.Mean), F(worldTii.Median)]),
            new("China's EGDI rank rose {20} places from 2018 to", () => [I(S.RankChanges(SurveyIndex.Egdi, 2018, 2020, null).For("CHN")!.Change)]),
        ];
    }

    /// <summary>03's section on the UN's countries in special situations (LDC, LLDC, SIDS of the M49 list), 2024.</summary>
    private static ProseFact[] SpecialSituations()
    {
        int Members(Grouping g) => S.Countries.Count(c => g.GroupOf(c) == g.MembersName());
        var t = Groupings.SpecialSituations.ToDictionary(g => g, g => S.Disparities(SurveyIndex.Egdi, 2024, g));
        double Mean(Grouping g, bool members) => t[g].Group(members ? g.MembersName() : g.Others()).Summary.Mean;
        double Gap(Grouping g) => Mean(g, false) - Mean(g, true);
        return
        [
            new("from the UN's M49 list, as the importer read it into data/countries.csv: {45}, {32} and {37} of the {193} member states", () =>
                [I(Members(Grouping.LeastDeveloped)), I(Members(Grouping.Landlocked)), I(Members(Grouping.SmallIsland)), I(S.Countries.Count)]),
            new("In 2024 the LDCs' mean EGDI is {0.35} against {0.73} for the other countries, a gap of {0.38}: more than twice the gap of the LLDCs ({0.51} against {0.66}) or of the SIDS ({0.54} against {0.66})", () =>
            {
                Require(Gap(Grouping.LeastDeveloped) > 2 * Gap(Grouping.Landlocked) && Gap(Grouping.LeastDeveloped) > 2 * Gap(Grouping.SmallIsland),
                    "the LDC gap is more than twice the LLDC and SIDS gaps");
                return [D2(Mean(Grouping.LeastDeveloped, true)), D2(Mean(Grouping.LeastDeveloped, false)), D2(Gap(Grouping.LeastDeveloped)),
                    D2(Mean(Grouping.Landlocked, true)), D2(Mean(Grouping.Landlocked, false)), D2(Mean(Grouping.SmallIsland, true)), D2(Mean(Grouping.SmallIsland, false))];
            }),
            new("{33} of the {45} LDCs are in Africa, the region with the lowest mean", () =>
            {
                var regions = S.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region).Groups;
                Require(regions.MinBy(g => g.Summary.Mean)!.Group == "Africa", "Africa has the lowest regional mean in 2024");
                return [I(S.Countries.Count(c => c.M49!.LeastDeveloped && c.Region == "Africa")), I(Members(Grouping.LeastDeveloped))];
            }),
        ];

        static string D2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
    }

    private static ProseFact[] Regions()
    {
        var regions = S.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region);
        var europe = regions.Group("Europe");
        var africa = regions.Group("Africa");
        var sub = S.Disparities(SurveyIndex.Egdi, 2024, Grouping.SubRegion).Groups.OrderBy(g => g.Summary.Mean).ToList();
        double VeryHigh(string scope, int edition) =>
            100 * S.LevelShares(SurveyIndex.Egdi, Grouping.Region, [edition], withWorld: true).Single(x => x.Scope == scope && x.Level == LevelGroup.VeryHigh).Share;
        double Gap(SurveyIndex index, string region) => S.Disparities(index, 2024, Grouping.Region).Group(region).GapToWorldMean;
        double Between(Grouping g, int edition) => 100 * S.Disparities(SurveyIndex.Egdi, edition, g).Theil.BetweenShare;
        var income = S.Disparities(SurveyIndex.Egdi, 2024, Grouping.IncomeGroup2018).Groups;
        int Groups(Grouping g) => S.Disparities(SurveyIndex.Egdi, 2024, g).Groups.Count;
        return
        [
            new("how the {22} sub-regions compare", () => [I(S.Countries.Select(c => c.SubRegion).Distinct().Count())]),
            new("(very high ≥ {0.75}, high {0.50}-{0.75}, middle {0.25}-{0.50}, low < {0.25})", () =>
                [F(LevelGroups.VeryHighFrom, 2), F(LevelGroups.HighFrom, 2), F(LevelGroups.VeryHighFrom, 2), F(LevelGroups.MiddleFrom, 2), F(LevelGroups.HighFrom, 2), F(LevelGroups.MiddleFrom, 2)]),
            new("In 2024 Europe has the highest mean EGDI ({0.8493}, {0.2112} above the world mean of {0.6382}) and Africa the lowest ({0.4247}, {0.2134} below).", () =>
            {
                Require(regions.Groups.MaxBy(g => g.Summary.Mean) == europe && regions.Groups.MinBy(g => g.Summary.Mean) == africa, "Europe highest, Africa lowest");
                return [F(europe.Summary.Mean), F(europe.GapToWorldMean), F(regions.World.Summary.Mean), F(africa.Summary.Mean), F(-africa.GapToWorldMean)];
            }),
            new("Africa's best, South Africa ({0.8616}), is above Europe's weakest, Bosnia and Herzegovina ({0.6329}), and so are {6} of Africa's {54} countries.", () =>
            {
                Require(africa.MaxIso3 == "ZAF" && europe.MinIso3 == "BIH", "South Africa is Africa's best, Bosnia and Herzegovina Europe's weakest");
                var above = S.Ranking(SurveyIndex.Egdi, 2024).Ranks.Count(r => S.Country(r.Iso3).Region == "Africa" && (double)r.Value > europe.Summary.Min);
                return [F(africa.Summary.Max), F(europe.Summary.Min), I(above), I(africa.Summary.Count)];
            }),
            new("their means run from {0.3354} (Middle Africa) to {0.9421} (Australia and New Zealand)", () =>
            {
                Require(sub[0].Group == "Middle Africa" && sub[^1].Group == "Australia and New Zealand", "the lowest and highest sub-regions");
                return [F(sub[0].Summary.Mean), F(sub[^1].Summary.Mean)];
            }),
            new("{83.7}% of Europe's countries have a very high EGDI in 2024 against {3.7}% of Africa's; worldwide the share rose from {29.5}% in 2020 to {39.4}% in 2024 (the same bands applied to two editions, each rescaled among its own countries).", () =>
                [F(VeryHigh("Europe", 2024), 1), F(VeryHigh("Africa", 2024), 1), F(VeryHigh("World", 2020), 1), F(VeryHigh("World", 2024), 1)]),
            new("Africa's largest gap is in telecommunication infrastructure (TII {0.2361} below the world mean); Oceania trails in OSI and TII but its mean HCI is {0.0108} above the world's.", () =>
            {
                Require(Gap(SurveyIndex.Tii, "Africa") < Math.Min(Gap(SurveyIndex.Osi, "Africa"), Gap(SurveyIndex.Hci, "Africa")), "the TII is Africa's largest gap");
                Require(Gap(SurveyIndex.Osi, "Oceania") < 0 && Gap(SurveyIndex.Tii, "Oceania") < 0, "Oceania below the world mean in OSI and TII");
                return [F(-Gap(SurveyIndex.Tii, "Africa")), F(Gap(SurveyIndex.Hci, "Oceania"))];
            }),
            new("The mean EGDI rises with income, from {0.3095} (low income) to {0.8560} (high income).", () =>
            {
                Require(income.Zip(income.Skip(1)).All(p => p.Second.Summary.Mean > p.First.Summary.Mean), "the means rise with income");
                return [F(income[0].Summary.Mean), F(income[^1].Summary.Mean)];
            }),
            new("Regions explain {44.0}% of the Theil inequality in 2024 ({48.6}% in 2020), sub-regions {57.6}% and income groups {61.3}%: the five regions account for less than half of the inequality between countries, and most of it lies within regions.", () =>
            {
                Require(Between(Grouping.Region, 2024) < 50 && Groups(Grouping.Region) == 5, "the five regions explain less than half in 2024");
                return [F(Between(Grouping.Region, 2024), 1), F(Between(Grouping.Region, 2020), 1), F(Between(Grouping.SubRegion, 2024), 1), F(Between(Grouping.IncomeGroup2018, 2024), 1)];
            }),
            new("The {22} sub-regions explain more partly because more groups raise the between share mechanically; the {4} income groups explain more than the {5} regions with fewer groups.", () =>
            {
                Require(Between(Grouping.SubRegion, 2024) > Between(Grouping.Region, 2024) && Between(Grouping.IncomeGroup2018, 2024) > Between(Grouping.Region, 2024), "sub-regions and income groups explain more than regions");
                Require(Groups(Grouping.IncomeGroup2018) < Groups(Grouping.Region), "fewer income groups than regions");
                return [I(Groups(Grouping.SubRegion)), I(Groups(Grouping.IncomeGroup2018)), I(Groups(Grouping.Region))];
            }),
            new("groupings of different sizes ({5} regions, {22} sub-regions, {4} income groups)", () => [I(Groups(Grouping.Region)), I(Groups(Grouping.SubRegion)), I(Groups(Grouping.IncomeGroup2018))]),
        ];
    }

    private static ProseFact[] Trends()
    {
        var s1424 = S.SigmaConvergenceTest(SurveyIndex.Egdi, 2014, 2024);
        var s0824 = S.SigmaConvergenceTest(SurveyIndex.Egdi, 2008, 2024);
        var cv = S.SigmaConvergence(SurveyIndex.Egdi);
        double Cv(int edition) => cv.Single(p => p.Edition == edition).CoefficientOfVariation;
        var influence = S.BetaInfluence(SurveyIndex.Egdi, 2014, 2024);
        var s2024 = S.SigmaConvergenceTest(SurveyIndex.Egdi, 2020, 2024);
        var s2224 = S.SigmaConvergenceTest(SurveyIndex.Egdi, 2022, 2024);
        var b1424 = S.BetaConvergence(SurveyIndex.Egdi, 2014, 2024);
        var b2024 = S.BetaConvergence(SurveyIndex.Egdi, 2020, 2024);
        var b2224 = S.BetaConvergence(SurveyIndex.Egdi, 2022, 2024);
        var since2014 = S.RankChanges(SurveyIndex.Egdi, 2014, 2024, null);
        var since2003 = S.RankChanges(SurveyIndex.Egdi, 2003, 2024, null);
        var asPublished = S.RankChanges(SurveyIndex.Egdi, 2003, 2024, null, FlaggedValues.Include);
        var oceania2003 = S.DisparitiesOverEditions(SurveyIndex.Egdi, Grouping.Region, [2003]).Edition(2003);
        string[] Climber()
        {
            var top = since2003.Changes[0];
            Require(top.Iso3 == "SAU", "Saudi Arabia climbed most since 2003 with the flagged ranks left out");
            return [I(top.FromRank), I(top.ToRank)];
        }
        var level = (double)typeof(LinearFit).GetMethod(nameof(LinearFit.SlopeConfidenceInterval))!.GetParameters()[0].DefaultValue!;
        return
        [
            new("Micronesia's HCI was published as {1.422}", () => [D(S.Record(2003, "FSM")!.Hci, 3)]),
            new("a value above {1} (`above-one`)", () => [((int)SurveySchema.Of(SurveyIndex.Hci).MaximumIn(2024)).ToString(CultureInfo.InvariantCulture)]),
            new("its 2003 mean rests on {9} of the {12} countries assessed, because {3} have a zero or impossible HCI", () =>
            {
                var oceania = S.Dataset.Records.Where(r => r.Edition == 2003 && r.IsAssessed && S.Country(r.Iso3).Region == "Oceania").ToList();
                var errors = oceania.Count(r => r.Hci == 0m || r.Hci > 1m);
                Require(oceania2003.Excluded.Count(f => S.Country(f.Iso3).Region == "Oceania") == errors, "the flags leave out exactly Oceania's zero or impossible HCIs");
                return [I(oceania2003.Group("Oceania").Summary.Count), I(oceania.Count), I(errors)];
            }),
            new("leave out the {8} countries whose 2003 rank came from an EGDI", () =>
            {
                Require(since2003.Excluded.All(f => f.Edition == 2003 && f.Field == "egdi_rank"), "only 2003 ranks are left out");
                return [I(since2003.Excluded.Count)];
            }),
            new("the biggest climber is then Saudi Arabia ({105} to {6}):", Climber),
            new("(Pitman {1939}, Morgan {1939})", () => ["1939", "1939"],
                "E. J. G. Pitman, A note on normal correlation, Biometrika 31 (1939) 9-12; W. A. Morgan, A test for the significance of the difference between the two variances in a sample from a normal bivariate population, Biometrika 31 (1939) 13-19"),
            new("A change counts only when its p-value is below {5}%", () => [F(100 * Significance.Level, 0)]),
            new("significant at the {5}% level", () => [F(100 * Significance.Level, 0)]),
            new("its {95}% confidence interval", () => [F(100 * level, 0)]),
            new("so all {193} are in the regression", () => [I(b1424.Fit.N)]),
            new("(all {193} countries ranked in both", () => [I(since2014.Coverage.Countries)]),
            new("The world mean EGDI rose from {0.4712} in 2014 to {0.6382} in 2024, and every region's mean is higher in 2024 than in 2014", () =>
            {
                var (a, b) = (S.Disparities(SurveyIndex.Egdi, 2014, Grouping.Region), S.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region));
                Require(a.Groups.All(g => b.Group(g.Group).Summary.Mean > g.Summary.Mean), "every region's mean rose from 2014 to 2024");
                return [F(a.World.Summary.Mean), F(b.World.Summary.Mean)];
            }),
            new("from 2008 to 2024 the spread of ln EGDI did not change significantly ({0.457} to {0.433}, p = {0.130}). The coefficient of variation jumped from {0.4094} in 2012 to {0.4606} in 2014, the edition that revised the indicators, mostly in the OSI (whose coefficient of variation rose from {0.5266} to {0.6776}), and the fall from 2014 to 2024 (ln spread {0.585} to {0.457}, p < {0.001}) starts at that spike. From 2020 to 2024 the spread did not change significantly (p = {0.166}), and from 2022 to 2024 it rose ({0.429} to {0.457}, p < {0.001}).", () =>
            {
                Require(s0824.Verdict == ConvergenceVerdict.NotSignificant && s1424.Verdict == ConvergenceVerdict.Converging && s2024.Verdict == ConvergenceVerdict.NotSignificant
                    && s2224.Verdict == ConvergenceVerdict.Diverging, "the sigma verdicts");
                Require(cv.MaxBy(p => p.CoefficientOfVariation)!.Edition == 2014, "the coefficient of variation peaks in 2014");
                var rise = new[] { SurveyIndex.Osi, SurveyIndex.Hci, SurveyIndex.Tii }.ToDictionary(i => i, i => S.SigmaConvergence(i, [2012, 2014]) is var p ? (p[0].CoefficientOfVariation, p[1].CoefficientOfVariation) : default);
                Require(rise.MaxBy(r => r.Value.Item2 - r.Value.Item1).Key == SurveyIndex.Osi, "the OSI's spread rose most from 2012 to 2014");
                return [F(s0824.SdLogFrom, 3), F(s0824.SdLogTo, 3), PEquals(s0824.PValue), F(Cv(2012)), F(Cv(2014)), F(rise[SurveyIndex.Osi].Item1), F(rise[SurveyIndex.Osi].Item2), F(s1424.SdLogFrom, 3), F(s1424.SdLogTo, 3), PBelow(s1424.PValue),
                    PEquals(s2024.PValue), F(s2224.SdLogFrom, 3), F(s2224.SdLogTo, 3), PBelow(s2224.PValue)];
            }),
            new("from 2014 to 2024 the slope is {−0.0311} ({95}% CI {−0.0364} to {−0.0258}, p < {0.001}): countries that started lower grew faster on average", () =>
            {
                Require(b1424.Verdict == ConvergenceVerdict.Converging, "2014-2024 converges");
                var (low, high) = b1424.Fit.SlopeConfidenceInterval();
                return [M(b1424.Fit.Slope), F(100 * level, 0), M(low), M(high), PBelow(b1424.Fit.SlopeP)];
            }),
            new("without Somalia (Cook's distance {2.56}) the slope is {−0.0252}", () => [F(influence.CooksDistance, 2), M(influence.FitWithout.Slope)]),
            new("Somalia, whose EGDI was {0.0139} in 2014, has a Cook's distance of {2.56}", () =>
            {
                Require(influence.Iso3 == "SOM", "Somalia is the most influential country of 2014-2024");
                return [D(S.Record(2014, "SOM")!.Egdi), F(influence.CooksDistance, 2)];
            }),
            new("without it the slope moves from {−0.0311} to {−0.0252} and R² falls from {0.415} to {0.304}", () =>
                [M(influence.Fit.Slope), M(influence.FitWithout.Slope), F(influence.Fit.RSquared, 3), F(influence.FitWithout.RSquared, 3)]),
            new("The slope stays negative and significant, but it is {19.1}% flatter", () =>
            {
                Require(influence.FitWithout.Slope < 0 && Significance.IsSignificant(influence.FitWithout.SlopeP), "the slope without Somalia stays negative and significant");
                return [F(100 * (1 - influence.FitWithout.Slope / influence.Fit.Slope), 1)];
            }),
            new("when editions assessed different ones ({165} in 2003, {193} from 2014)", () =>
            {
                Require(cv.Where(p => p.Edition >= 2014).All(p => p.Coverage.Countries == S.Countries.Count), "all assessed from 2014");
                return [I(cv[0].Coverage.Countries), I(S.Countries.Count)];
            }),
            new("The OSI regression of 2014-2024 (exercise {2}) leaves out {3} such values, Eritrea's of 2014 and 2024 and Guinea's of 2014, so its row reads {191} countries and {3} values left out", () =>
            {
                var osi = S.BetaConvergence(SurveyIndex.Osi, 2014, 2024);
                Require(osi.Excluded.All(f => f.Flag == QualityFlagKind.RescaledMinimum), "only rescaled-minimum zeros are left out");
                Require(osi.Excluded.Select(f => $"{f.Edition} {f.Iso3}").SequenceEqual(["2014 ERI", "2014 GIN", "2024 ERI"]), "Eritrea 2014 and 2024, Guinea 2014");
                return ["2", I(osi.Excluded.Count), I(osi.Fit.N), I(osi.Excluded.Count)];
            }, "exercise 2 of the notebook"),
            new("From 2020 to 2024 the slope is {−0.0021} with a confidence interval from {−0.0115} to {0.0073} (p = {0.663}): no significant convergence.", () =>
            {
                Require(b2024.Verdict == ConvergenceVerdict.NotSignificant, "2020-2024 is not significant");
                var (low, high) = b2024.Fit.SlopeConfidenceInterval();
                return [M(b2024.Fit.Slope), M(low), M(high), PEquals(b2024.Fit.SlopeP)];
            }),
            new("From 2022 to 2024 it is positive, {0.0202} (p = {0.015}): the gap widened.", () =>
            {
                Require(b2224.Verdict == ConvergenceVerdict.Diverging, "2022-2024 diverges");
                return [M(b2224.Fit.Slope), PEquals(b2224.Fit.SlopeP)];
            }),
            new("Ukraine climbed most in the published rank ({87} to {30}); Venezuela fell most ({67} to {131}).", () =>
            {
                var (top, bottom) = (since2014.Changes[0], since2014.Changes[^1]);
                Require(top.Iso3 == "UKR" && bottom.Iso3 == "VEN", "Ukraine climbed most and Venezuela fell most");
                return [I(top.FromRank), I(top.ToRank), I(bottom.FromRank), I(bottom.ToRank)];
            }),
            new("Taken as published, the largest rank changes since 2003 (Liechtenstein +{110}, Andorra and Monaco +{68}, Micronesia −{125})", () =>
            {
                Require(asPublished.Changes[0].Iso3 == "LIE" && asPublished.Changes[^1].Iso3 == "FSM", "Liechtenstein and Micronesia are the extremes since 2003");
                Require(asPublished.For("AND")!.Change == asPublished.For("MCO")!.Change, "Andorra and Monaco moved alike");
                return [I(asPublished.For("LIE")!.Change), I(asPublished.For("AND")!.Change), I(-asPublished.For("FSM")!.Change)];
            }),
            new("leave these {8} countries out by default, and the biggest climber since 2003 is then Saudi Arabia ({105} to {6})", () =>
                [I(since2003.Excluded.Count), .. Climber()]),
        ];
    }

    private static ProseFact[] Profile() =>
    [
        new("(very high ≥ {0.75}, high ≥ {0.50}, middle ≥ {0.25})", Bands),
        new("an HCI above {1}, and the EGDI", () => [((int)SurveySchema.Of(SurveyIndex.Hci).MaximumIn(2024)).ToString(CultureInfo.InvariantCulture)]),
        new("except 2020, where the UN broke the ties of {4} pairs of countries", () =>
        {
            var checks = S.CheckPublishedEgdiRanks();
            Require(checks.Where(c => c.Edition != 2020).All(c => c.AllReproduced), "every other edition reproduced");
            return [I(checks.Single(c => c.Edition == 2020).Mismatches.Count)];
        }),
    ];

    private static ProseFact[] XPlot() =>
    [
        new("with XPlot.Plotly {4.1.0} and compares", () => [PinnedVersion("XPlot.Plotly")], "Directory.Packages.props"),
        new("Plotly.NET {6.0.0} ships plotly.js", () => [PinnedVersion("Plotly.NET")], "Directory.Packages.props"),
        new("a URL frozen at plotly.js {1}.x", () => ["1"], "XPlot.Plotly 4.1.0's chart HTML (../shared/docs/platform-notes.md)"),
        new("follow the plotly.js {1}.x schema", () => ["1"], "XPlot.Plotly 4.1.0's typed objects (../shared/docs/platform-notes.md)"),
        new("XPlot.Plotly {4.1.0} still runs on .NET {10}", () => [PinnedVersion("XPlot.Plotly"), SdkMajor()], "Directory.Packages.props and global.json"),
    ];

    private static ProseFact[] DataQuality()
    {
        var excerpt = File.ReadAllLines(Path.Combine(RepositoryPaths.Notebooks, "data", "EGOV_DATA_2003-excerpt.csv"));
        var rows = excerpt.Length - 1;
        var fsm = S.Record(2003, "FSM")!;
        var deviation = (int e) => S.Dataset.Records.Where(r => r.Edition == e).Max(EgdiConsistency.Deviation)!.Value;
        return
        [
            new("the header and the first {36} rows of a real UN export", () => [I(rows)]),
            new("share the last rank, {174}", () =>
            {
                var ranks = excerpt.Skip(1).Where(l => l.Split(',')[3] == "0.00000").Select(l => l.Split(',')[2]).Where(r => r.Length > 0).Distinct().ToList();
                return [ranks.Count == 1 ? ranks[0] : string.Join("/", ranks)];
            }),
            new("two 2003 HCI values lie above {1}, impossible", () => [((int)SurveySchema.Of(SurveyIndex.Hci).MaximumIn(2024)).ToString(CultureInfo.InvariantCulture)]),
            new("an EGDI above {1} and a value", () => [((int)SurveySchema.Of(SurveyIndex.Egdi).MaximumIn(2024)).ToString(CultureInfo.InvariantCulture)]),
            new("its impossible HCI of {1.422} entered its 2003 EGDI and its rank ({42}); Tuvalu was not assessed, so its HCI of {1.03}", () =>
                [D(fsm.Hci, 3), I(fsm.EgdiRank!.Value), D(S.Record(2003, "TUV")!.Hci, 2)]),
            new("in the full 2003 export that is {174}, but in this excerpt of {36} rows it would be {32}, so the rule does not fire for Iraq, Kiribati, Liberia and Libya", () =>
            {
                var raw = EGov.Data.Import.RawFileReader.Read(Path.Combine(RepositoryPaths.Notebooks, "data", "EGOV_DATA_2003-excerpt.csv"), new List<ValidationProblem>())!;
                var placeholders = raw.Rows.Count(r => r.Egdi is null || r.Egdi == 0m);
                return [I(S.Edition(2003).GetColumn<double>(SurveyColumns.Egdi).ValueCount + 1), I(rows), I(raw.Rows.Count - placeholders + 1)];
            }),
            new("(`SourcesDisagree`), {4} problems of each rule. The other rows raise nothing at this stage", () =>
            {
                var problems = ImportProblems(Path.Combine(RepositoryPaths.Notebooks, "data", "EGOV_DATA_2003-excerpt.csv"));
                var byRule = problems.GroupBy(p => p.Rule).ToDictionary(g => g.Key, g => g.Count());
                Require(byRule.Keys.Order().SequenceEqual(new[] { ValidationRule.EgdiNotMeanOfComponents, ValidationRule.SourcesDisagree }.Order()), "only the two rules");
                Require(byRule.Values.Distinct().Count() == 1, "as many problems of each rule");
                var names = problems.Select(p => excerpt[p.Line - 1].Split(',')[1].Trim('"')).Distinct().Order().ToList();
                Require(names.SequenceEqual(["Iraq", "Kiribati", "Liberia", "Libya"]), "the problems are about Iraq, Kiribati, Liberia and Libya");
                return [I(byRule.Values.First())];
            }),
            new("all {36} rows of the real excerpt equal the records the project ships", () =>
            {
                var raw = EGov.Data.Import.RawFileReader.Read(Path.Combine(RepositoryPaths.Notebooks, "data", "EGOV_DATA_2003-excerpt.csv"), new List<ValidationProblem>())!;
                var sharedLastRank = S.Edition(2003).GetColumn<double>(SurveyColumns.Egdi).ValueCount + 1;
                var same = raw.Rows.Select(r => r with { NotAssessed = NotAssessedRule.Holds(r.Edition, r.Egdi, r.Osi, r.Hci, r.Rank, sharedLastRank) })
                    .Select(r => r.ToRecord(S.Iso3Of(r.Name))).Count(r => S.Record(2003, r.Iso3) is { } shipped && shipped with { CountryName = r.CountryName } == r);
                return [same == rows ? I(rows) : $"{same} of {rows}"];
            }),
            new("{20} placeholders in 2003 and {73} in all editions", () => [I(NotAssessed(2003)), I(S.Dataset.Records.Count(r => !r.IsAssessed))]),
            new("Micronesia's 2003 HCI of {1.422}, a probable data error", () => [D(fsm.Hci, 3)]),
            new("within rounding ({0.0001}) in every edition except 2008 (up to {0.013620}) and 2010 (up to {0.003990})", () =>
            {
                Require(S.Editions.Where(e => e is not 2008 and not 2010).All(e => deviation(e) <= EgdiConsistency.RoundingTolerance), "every other edition within rounding");
                return [D(EgdiConsistency.RoundingTolerance), D(deviation(2008), 6), D(deviation(2010), 6)];
            }),
            new("except 2020, where the UN broke {4} ties", () =>
            {
                var checks = S.CheckPublishedEgdiRanks();
                Require(checks.Where(c => c.Edition != 2020).All(c => c.AllReproduced), "every other edition reproduced");
                return [I(checks.Single(c => c.Edition == 2020).Mismatches.Count)];
            }),
        ];
    }

    /// <summary>The problems the importer reports for a file, against the embedded dataset (none: an empty list).</summary>
    internal static IReadOnlyList<ValidationProblem> ImportProblems(string path)
    {
        try { EGov.Data.Import.Importer.Import([path], S.Dataset); return []; }
        catch (DataValidationException e) { return e.Problems; }
    }

    private static ProseFact[] Compare()
    {
        var five = S.Compare("China", "India", "BRA", "South Africa", "Russian Federation");
        ProfileEdition At(string iso3, int edition) => five.Profiles.Single(p => p.Country.Iso3 == iso3).Edition(edition);
        return
        [
            new("so it takes at most {10} countries", () => [I(CountryColors.Capacity)]),
            new("China has the highest EGDI in 2024 ({0.8718}, rank {35}), ahead of South Africa ({0.8616}); India has the lowest ({0.6678}, rank {97}).", () =>
            {
                var order = five.Profiles.OrderByDescending(p => p.Edition(2024).Egdi).Select(p => p.Country.Iso3).ToList();
                Require(order[0] == "CHN" && order[1] == "ZAF" && order[^1] == "IND", "China first, South Africa second, India last in 2024");
                return [D(At("CHN", 2024).Egdi), I(At("CHN", 2024).PublishedEgdiRank!.Value), D(At("ZAF", 2024).Egdi), D(At("IND", 2024).Egdi), I(At("IND", 2024).PublishedEgdiRank!.Value)];
            }),
            new("From 2014 to 2024 South Africa's EGDI rose most of the five (from {0.4869} to {0.8616}), levels of two editions with different methods; its published rank, the comparison within each edition, went from {93} to {40}.", () =>
            {
                Require(five.Profiles.MaxBy(p => p.Edition(2024).Egdi - p.Edition(2014).Egdi)!.Country.Iso3 == "ZAF", "South Africa rose most");
                return [D(At("ZAF", 2014).Egdi), D(At("ZAF", 2024).Egdi), I(At("ZAF", 2014).PublishedEgdiRank!.Value), I(At("ZAF", 2024).PublishedEgdiRank!.Value)];
            }),
            new("The Russian Federation has the highest Telecommunication Infrastructure Index of the five in 2024 ({0.9512}).", () =>
            {
                Require(five.Profiles.MaxBy(p => p.Edition(2024).Tii)!.Country.Iso3 == "RUS", "the Russian Federation has the highest TII");
                return [D(At("RUS", 2024).Tii)];
            }),
            new("draws any list of up to {10} countries", () => [I(CountryColors.Capacity)]),
        ];
    }

    private static ProseFact[] EParticipation()
    {
        var epi = S.Ranking(SurveyIndex.Epi, 2024);
        var regions = S.Disparities(SurveyIndex.Epi, 2024, Grouping.Region);
        var china = S.Editions.Select(e => (Edition: e, Rank: S.Ranking(SurveyIndex.Epi, e).For("CHN"))).ToList();
        int Zero(int edition) => S.Dataset.Records.Count(r => r.Edition == edition && r.IsAssessed && r.Epi == 0m);
        return
        [
            new("in 2024 the {193} countries share only {69} distinct EPI values", () => [I(epi.Coverage.Countries), I(epi.Ranks.Select(r => r.Value).Distinct().Count())]),
            new("The top {15} of 2024", () => ["15"], "the parameter n: 15 of the next cell"),
            new("Which countries of the 2024 top {10} were already in the 2014 top {10}?", () => ["10", "10"], "the cut of exercise 3 and its solution"),
            new("How many of the EPI's top {10} are also in the EGDI's top {10}", () => ["10", "10"], "the cut CompetitionRank <= 10 of the next cell"),
            new("Europe has the highest mean EPI in 2024 ({0.7247}) and Africa the lowest ({0.2973}); the world mean is {0.4893}.", () =>
            {
                Require(regions.Groups.MaxBy(g => g.Summary.Mean)!.Group == "Europe" && regions.Groups.MinBy(g => g.Summary.Mean)!.Group == "Africa", "Europe highest, Africa lowest");
                return [F(regions.Group("Europe").Summary.Mean), F(regions.Group("Africa").Summary.Mean), F(regions.World.Summary.Mean)];
            }),
            new("Ukraine leads the EPI in 2024 with the maximum, {1}; Denmark and Japan follow ({0.9863}). {7} of the EPI's top {10} are also in the EGDI's top {10}.", () =>
            {
                Require(epi.Ranks[0].Iso3 == "UKR" && epi.Ranks[1].Iso3 == "DNK" && epi.Ranks[2].Iso3 == "JPN" && epi.Ranks[1].Value == epi.Ranks[2].Value, "Ukraine, then Denmark and Japan tied");
                var top = epi.Ranks.Where(r => r.CompetitionRank <= 10).Select(r => r.Iso3).ToHashSet();
                var egdi = S.Ranking(SurveyIndex.Egdi, 2024).Ranks.Where(r => r.CompetitionRank <= 10).Select(r => r.Iso3);
                return [((double)epi.Ranks[0].Value).ToString("0.####", CultureInfo.InvariantCulture), D(epi.Ranks[1].Value), I(top.Intersect(egdi).Count()), "10", "10"];
            }),
            new("China's EPI rank went from {84}th of {173} countries in 2003 to {12}th of {193} in 2024, and in 2020 it was {9}th.", () =>
            [
                I(china[0].Rank!.CompetitionRank), I(S.Ranking(SurveyIndex.Epi, china[0].Edition).Coverage.Countries), I(china[^1].Rank!.CompetitionRank),
                I(epi.Coverage.Countries), I(china.Single(c => c.Edition == 2020).Rank!.CompetitionRank),
            ]),
            new("How many countries share the 2024 EPI ranks of the top {10}, and does a rank of {10}th mean the same as {10} countries ahead?", () => ["10", "10", "10"],
                "the cut CompetitionRank <= 10 of exercise 4's solution"),
            new("with only {69} distinct values in 2024 many countries share a rank", () => [I(epi.Ranks.Select(r => r.Value).Distinct().Count())]),
            new("Why is \"{84}th of {173}\" in one edition and \"{12}th of {193}\" in another not simply a climb of {72} places?", () =>
            [
                I(china[0].Rank!.CompetitionRank), I(S.Ranking(SurveyIndex.Epi, china[0].Edition).Coverage.Countries), I(china[^1].Rank!.CompetitionRank),
                I(epi.Coverage.Countries), I(china[0].Rank!.CompetitionRank - china[^1].Rank!.CompetitionRank),
            ]),
            new("({30} assessed countries with an EPI of zero in 2012) and rare since 2014 ({2} in 2024)", () =>
            {
                Require(S.Editions.Where(e => e >= 2014).All(e => Zero(e) <= 3), "few zeros since 2014");
                return [I(Zero(2012)), I(Zero(2024))];
            }),
        ];
    }

    private static string[] Bands() => [F(LevelGroups.VeryHighFrom, 2), F(LevelGroups.HighFrom, 2), F(LevelGroups.MiddleFrom, 2)];

    private static int NotAssessed(int edition) => S.Dataset.Records.Count(r => r.Edition == edition && !r.IsAssessed);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value, int decimals = 4) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>A signed value as the prose writes it: U+2212 for the minus sign.</summary>
    private static string M(double value) => F(value).Replace('-', '−');

    private static string D(decimal? value, int decimals = 4) =>
        value is { } v ? decimal.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture) : "missing";

    /// <summary>The number after "p &lt;": 0.001 when the p-value is written "&lt; 0.001".</summary>
    private static string PBelow(double p) => Significance.Format(p) is var t && t.StartsWith("< ", StringComparison.Ordinal) ? t[2..] : "p = " + t;

    /// <summary>The number after "p =": the p-value with three decimals.</summary>
    private static string PEquals(double p) => Significance.Format(p);

    private static void Require(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException("the prose's claim no longer holds: " + what);
    }

    private static string PinnedVersion(string package) =>
        ((string)XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == package).Attribute("Version")!).Trim('[', ']');

    private static string SdkMajor() =>
        ((string)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "global.json")))!["sdk"]!["version"]!).Split('.')[0];
}
