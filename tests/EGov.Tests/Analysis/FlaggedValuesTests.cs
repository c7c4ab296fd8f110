using EGov.Analysis;
using EGov.Data;

namespace EGov.Tests.Analysis;

/// <summary>
/// Analyses across editions leave flagged values out by default, list them, and keep them with <see cref="FlaggedValues.Include"/>.
/// Golden values come from data/quality-flags.csv (the rows are quoted where they are used) and data/egdi.csv, through Survey.Load().
/// </summary>
public class FlaggedValuesTests
{
    private static readonly Survey S = Survey.Load();

    /// <summary>
    /// The eight 2003 rows "2003,{ISO3},egdi_rank,from-flagged-component,..." of data/quality-flags.csv (and the same eight
    /// with field egdi): the assessed countries whose 2003 HCI (or TII) was published as 0 or above 1.
    /// </summary>
    private static readonly string[] Flagged2003 = ["AND", "FSM", "LIE", "MCO", "MHL", "PLW", "SMR", "TLS"];

    [Fact]
    public void Only_the_flags_of_errors_exclude_a_value()
    {
        Assert.True(QualityFlagKind.NoDataZero.Excludes());
        Assert.True(QualityFlagKind.AboveOne.Excludes());
        Assert.True(QualityFlagKind.FromFlaggedComponent.Excludes());
        Assert.False(QualityFlagKind.RescaledMinimum.Excludes());
        Assert.False(QualityFlagKind.EgdiNotMean.Excludes());
        Assert.False(QualityFlagKind.RankTieBroken.Excludes());
        Assert.Equal(FlaggedValues.Exclude, default(FlaggedValues));
    }

    [Fact]
    public void Rank_changes_since_2003_leave_out_the_flagged_ranks_and_name_them()
    {
        var byDefault = S.RankChanges(SurveyIndex.Egdi, 2003, 2024, method: null);
        Assert.Equal(FlaggedValues.Exclude, byDefault.Flagged);
        Assert.All(Flagged2003, iso3 => Assert.Null(byDefault.For(iso3)));
        // Notebook 04's biggest movers: Liechtenstein is not among the top five by default.
        Assert.DoesNotContain("LIE", byDefault.Changes.Take(5).Select(c => c.Iso3));
        Assert.Equal(Flagged2003, byDefault.Excluded.Select(f => f.Iso3));
        Assert.All(byDefault.Excluded, f => Assert.Equal((2003, "egdi_rank", QualityFlagKind.FromFlaggedComponent), (f.Edition, f.Field, f.Flag)));
        // quality-flags.csv: 2003,LIE,egdi_rank,from-flagged-component,"the rank follows the EGDI, which includes the flagged HCI 0.00000"
        Assert.Equal("the rank follows the EGDI, which includes the flagged HCI 0.00000", byDefault.Excluded.Single(f => f.Iso3 == "LIE").Reason);
        Assert.Contains("published rank 2003 of AND, FSM, LIE, MCO, MHL, PLW, SMR, TLS (computed from a flagged component)", byDefault.LeftOut);
        Assert.Equal(8, byDefault.ExcludedFrame().RowCount);

        var kept = S.RankChanges(SurveyIndex.Egdi, 2003, 2024, method: null, flagged: FlaggedValues.Include);
        Assert.Empty(kept.Excluded);
        Assert.Equal(byDefault.Changes.Count + Flagged2003.Length, kept.Changes.Count);
        var lie = kept.Changes[0];
        Assert.Equal("LIE", lie.Iso3); // the largest "climb" since 2003 is the flagged one
        Assert.Equal(S.Record(2003, "LIE")!.EgdiRank!.Value - S.Record(2024, "LIE")!.EgdiRank!.Value, lie.Change);
        Assert.Equal("FSM", kept.Changes[^1].Iso3);
    }

    [Fact]
    public void Recomputed_ranks_rank_only_the_values_kept()
    {
        var assessed2003 = S.Dataset.Records.Count(r => r.Edition == 2003 && r.Egdi is not null);
        var byDefault = S.RankChanges(SurveyIndex.Egdi, 2003, 2024);
        var kept = S.RankChanges(SurveyIndex.Egdi, 2003, 2024, flagged: FlaggedValues.Include);
        Assert.Equal(Flagged2003, byDefault.Excluded.Select(f => f.Iso3));
        Assert.All(byDefault.Excluded, f => Assert.Equal("egdi", f.Field));
        Assert.Equal(assessed2003 - Flagged2003.Length, byDefault.Changes.Max(c => c.FromRank));
        Assert.Equal(assessed2003, kept.Changes.Max(c => c.FromRank));
        // Every country moves up by the number of flagged EGDIs of 2003 above its own.
        var flaggedEgdi = Flagged2003.Select(iso3 => S.Record(2003, iso3)!.Egdi!.Value).ToList();
        Assert.All(byDefault.Changes, c =>
            Assert.Equal(kept.For(c.Iso3)!.FromRank - flaggedEgdi.Count(e => e > S.Record(2003, c.Iso3)!.Egdi), c.FromRank));
    }

    [Fact]
    public void Recent_periods_have_nothing_to_leave_out()
    {
        // Every flag that excludes is of 2003-2005 (quality-flags.csv); the 2014-2024 results do not depend on the option.
        Assert.All(S.QualityFlags.Where(f => f.Flag.Excludes()), f => Assert.InRange(f.Edition, 2003, 2005));
        var a = S.BetaConvergence(SurveyIndex.Egdi, 2014, 2024);
        var b = S.BetaConvergence(SurveyIndex.Egdi, 2014, 2024, flagged: FlaggedValues.Include);
        Assert.Empty(a.Excluded);
        Assert.Equal(b.Fit.Slope, a.Fit.Slope);
        Assert.Equal(b.Fit.N, a.Fit.N);
        Assert.Empty(S.RankChanges(SurveyIndex.Egdi, 2014, 2024, method: null).Excluded);
        Assert.Equal("No flagged value left out.", S.SigmaConvergenceTest(SurveyIndex.Egdi, 2014, 2024).LeftOut);
    }

    [Fact]
    public void Sigma_convergence_leaves_the_flagged_values_of_each_edition_out()
    {
        var byDefault = S.SigmaConvergence(SurveyIndex.Egdi);
        var kept = S.SigmaConvergence(SurveyIndex.Egdi, flagged: FlaggedValues.Include);
        foreach (var (d, k) in byDefault.Zip(kept))
        {
            var flagged = S.QualityFlags.Where(f => f.Edition == d.Edition && f.Field == "egdi" && f.Flag.Excludes()).ToList();
            Assert.Equal(flagged, d.Excluded);
            Assert.Equal(k.Coverage.Countries - flagged.Count, d.Coverage.Countries);
            Assert.Empty(k.Excluded);
        }
        var first = byDefault[0];
        Assert.Equal(2003, first.Edition);
        Assert.Equal(Flagged2003, first.Excluded.Select(f => f.Iso3));
        Assert.NotEqual(kept[0].CoefficientOfVariation, first.CoefficientOfVariation);
        var frame = byDefault.ToFrame();
        Assert.Equal(Flagged2003.Length, frame.GetColumn<int>("Flagged values left out")[2003]);
        Assert.Equal(0, frame.GetColumn<int>("Flagged values left out")[2024]);
    }

    [Fact]
    public void Beta_convergence_and_the_sigma_test_leave_out_flagged_starts()
    {
        var byDefault = S.BetaConvergence(SurveyIndex.Egdi, 2003, 2024);
        var kept = S.BetaConvergence(SurveyIndex.Egdi, 2003, 2024, flagged: FlaggedValues.Include);
        Assert.Equal(Flagged2003, byDefault.Excluded.Select(f => f.Iso3));
        Assert.Equal(kept.Fit.N - Flagged2003.Length, byDefault.Fit.N);
        Assert.Empty(kept.Excluded);
        Assert.DoesNotContain(S.BetaPoints(SurveyIndex.Egdi, 2003, 2024), p => p.Iso3 == "LIE");
        Assert.Contains(S.BetaPoints(SurveyIndex.Egdi, 2003, 2024, flagged: FlaggedValues.Include), p => p.Iso3 == "LIE");
        Assert.Equal(Flagged2003.Length, new[] { byDefault }.ToFrame().GetColumn<int>("Flagged values left out")["EGDI 2003-2024"]);

        var test = S.SigmaConvergenceTest(SurveyIndex.Egdi, 2003, 2024);
        Assert.Equal(Flagged2003, test.Excluded.Select(f => f.Iso3));
        Assert.Equal(byDefault.Fit.N, test.Coverage.Countries);
    }

    [Fact]
    public void Zeros_without_a_logarithm_are_listed_even_when_flagged_values_are_kept()
    {
        // quality-flags.csv: 2014,ERI,osi,rescaled-minimum; 2014,GIN,osi,rescaled-minimum; 2024,ERI,osi,rescaled-minimum.
        // A rescaled minimum is a valid level (kept by every analysis of levels), but its logarithm is undefined.
        foreach (var mode in new[] { FlaggedValues.Exclude, FlaggedValues.Include })
        {
            var beta = S.BetaConvergence(SurveyIndex.Osi, 2014, 2024, flagged: mode);
            Assert.Equal([(2014, "ERI"), (2014, "GIN"), (2024, "ERI")], beta.Excluded.Select(f => (f.Edition, f.Iso3)));
            Assert.All(beta.Excluded, f => Assert.Equal(QualityFlagKind.RescaledMinimum, f.Flag));
            Assert.Equal(193 - 2, beta.Fit.N);
        }
        // Means keep the rescaled minimum.
        Assert.Empty(S.DisparitiesOverEditions(SurveyIndex.Osi, Grouping.Region, [2014, 2024]).Excluded);
    }

    [Fact]
    public void Regional_means_over_editions_leave_out_the_flagged_values()
    {
        var byDefault = S.DisparitiesOverEditions(SurveyIndex.Egdi, Grouping.Region, [2003, 2024]);
        var kept = S.DisparitiesOverEditions(SurveyIndex.Egdi, Grouping.Region, [2003, 2024], FlaggedValues.Include);
        // Of Oceania's 2003 rows, FSM, MHL and PLW carry "2003,...,egdi,from-flagged-component" (notebook 04: 3 of 12).
        var oceania = byDefault.Excluded.Where(f => S.Country(f.Iso3).Region == "Oceania").Select(f => f.Iso3);
        Assert.Equal(["FSM", "MHL", "PLW"], oceania);
        Assert.Equal(kept.Edition(2003).Group("Oceania").Summary.Count - 3, byDefault.Edition(2003).Group("Oceania").Summary.Count);
        Assert.Equal(kept.Edition(2024).World.Summary.Mean, byDefault.Edition(2024).World.Summary.Mean);
        Assert.Equal(Flagged2003, byDefault.Excluded.Select(f => f.Iso3));
        var means = byDefault.ToFrame("Mean");
        Assert.Equal(byDefault.Edition(2003).World.Summary.Mean, means.GetColumn<double>(2003)["World"]);
        Assert.Throws<ArgumentException>(() => byDefault.ToFrame("Nothing"));
        // One edition alone stays as published.
        Assert.Empty(S.Disparities(SurveyIndex.Egdi, 2003, Grouping.Region).Excluded);
        Assert.Equal(kept.Edition(2003).World.Summary.Mean, S.Disparities(SurveyIndex.Egdi, 2003, Grouping.Region).World.Summary.Mean);
    }

    [Fact]
    public void Level_shares_over_editions_leave_out_the_flagged_values()
    {
        var byDefault = S.LevelShares(SurveyIndex.Egdi, Grouping.World, [2003]);
        var kept = S.LevelShares(SurveyIndex.Egdi, Grouping.World, [2003], flagged: FlaggedValues.Include);
        Assert.Equal(kept[0].Total - Flagged2003.Length, byDefault[0].Total);
        Assert.Equal(Flagged2003, byDefault[0].Excluded.Select(f => f.Iso3));
        var europe = S.LevelShares(SurveyIndex.Egdi, Grouping.Region, [2003]).First(s => s.Scope == "Europe");
        Assert.Equal(["AND", "LIE", "MCO", "SMR"], europe.Excluded.Select(f => f.Iso3));
    }

    [Fact]
    public void Egdi_changes_refuse_or_leave_out_flagged_values()
    {
        var error = Assert.Throws<ArgumentException>(() => S.EgdiChange("LIE", 2003, 2024));
        // quality-flags.csv: 2003,LIE,hci,no-data-zero and 2003,LIE,egdi,from-flagged-component.
        Assert.Contains("HCI of LIE in 2003 (no data, published as 0)", error.Message);
        Assert.Contains("FlaggedValues.Include", error.Message);
        var published = S.EgdiChange("LIE", 2003, 2024, FlaggedValues.Include);
        Assert.Equal(S.Record(2024, "LIE")!.Egdi - S.Record(2003, "LIE")!.Egdi, published.EgdiChange);

        var all = S.EgdiChanges(2005, 2008);
        // Only countries with EGDI, OSI, HCI and TII in both editions are decomposed (Micronesia has none in 2008).
        bool Complete(int edition, string iso3) => S.Record(edition, iso3) is { Egdi: not null, Osi: not null, Hci: not null, Tii: not null };
        var flagged2005 = S.QualityFlags.Where(f => f.Edition == 2005 && f.Flag.Excludes() && f.Field != "egdi_rank" && Complete(2005, f.Iso3) && Complete(2008, f.Iso3)).ToList();
        Assert.NotEmpty(flagged2005);
        Assert.Equal(flagged2005, all.Excluded);
        Assert.All(flagged2005, f => Assert.Null(all.For(f.Iso3)));
        Assert.NotNull(S.EgdiChanges(2005, 2008, FlaggedValues.Include).For("LIE"));
    }

    [Fact]
    public void A_profile_shows_flagged_values_but_compares_without_them()
    {
        var lie = S.Profile("LIE");
        // quality-flags.csv flags Liechtenstein's HCI, EGDI and rank in 2003, 2004 and 2005.
        Assert.Equal([2003, 2004, 2005], lie.Flags.Select(f => f.Edition).Distinct());
        Assert.True(lie.Edition(2003).EgdiExcluded);
        Assert.Equal(S.Record(2003, "LIE")!.Egdi, lie.Edition(2003).Egdi); // shown as published
        var highlights = lie.Highlights();
        Assert.StartsWith("Liechtenstein's EGDI went from", highlights[0], StringComparison.Ordinal);
        Assert.Contains(" in 2008 ", highlights[0]);
        Assert.Contains("EGDI of LIE in 2003, 2004, 2005 (computed from a flagged component)", highlights[^1]);
        var published = S.Profile("LIE", FlaggedValues.Include).Highlights();
        Assert.Contains(" in 2003 ", published[0]);
        Assert.DoesNotContain(published, h => h.Contains("Left out", StringComparison.Ordinal));

        // The Europe mean of 2003 leaves out AND, LIE, MCO and SMR.
        var region2003 = S.DisparitiesOverEditions(SurveyIndex.Egdi, Grouping.Region, [2003]).Edition(2003).Group("Europe").Summary;
        Assert.Equal(region2003.Mean, lie.Edition(2003).RegionMean!.Value, 12);
        Assert.Equal(region2003.Count, lie.Edition(2003).RegionCountries);
        Assert.Contains(lie.Excluded, f => f.Iso3 == "MCO" && f.Edition == 2003);
        Assert.Empty(S.Profile("CHN").Flags);
    }

    [Fact]
    public void Excluded_values_read_as_one_sentence()
    {
        var hci2003 = S.QualityFlags.Where(f => f.Edition == 2003 && f.Field == "hci" && f.Iso3 is "LIE" or "AND" or "MCO").ToList();
        Assert.Equal("Left out as flagged (data/quality-flags.csv): HCI 2003 of AND, LIE, MCO (no data, published as 0).", ExcludedValues.Describe(hci2003));
        Assert.Equal("No flagged value left out.", ExcludedValues.Describe([]));
        Assert.Null(ExcludedValues.Note([], FlaggedValues.Exclude));
        Assert.StartsWith("Flagged values (data/quality-flags.csv) are included", ExcludedValues.Note([], FlaggedValues.Include), StringComparison.Ordinal);
        var frame = hci2003.ToFrame();
        Assert.Equal(["edition", "iso3", "field", "flag", "reason"], frame.ColumnKeys);
        Assert.Equal("no-data-zero", frame.GetColumn<string>("flag")[0]);
    }
}
