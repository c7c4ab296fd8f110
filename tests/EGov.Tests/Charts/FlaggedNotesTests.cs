using EGov.Analysis;
using EGov.Charts;
using EGov.Data;

namespace EGov.Tests.Charts;

/// <summary>
/// Charts of analyses across editions leave flagged values out by default and name them in the note under the chart
/// (data/quality-flags.csv: the rows "2003,LIE,hci,no-data-zero", "2003,LIE,egdi,from-flagged-component", ...).
/// </summary>
public class FlaggedNotesTests
{
    private static readonly Survey Survey = Survey.Load();

    private static string Note(Figure figure) =>
        string.Join(" ", figure.Annotations.Select(a => a.Replace("<br>", " ", StringComparison.Ordinal)));

    [Fact]
    public void Sigma_and_regional_mean_charts_name_the_values_left_out()
    {
        var sigma = Note(new Figure(SurveyCharts.SigmaConvergence(Survey, SurveyIndex.Egdi)));
        Assert.Contains("Left out as flagged (data/quality-flags.csv): EGDI 2003 of AND, FSM, LIE, MCO, MHL, PLW, SMR, TLS, 2004 of", sigma);
        Assert.Contains("(computed from a flagged component)", sigma);
        var kept = Note(new Figure(SurveyCharts.SigmaConvergence(Survey, SurveyIndex.Egdi, flagged: FlaggedValues.Include)));
        Assert.Contains("Flagged values (data/quality-flags.csv) are included as published.", kept);
        Assert.DoesNotContain("Left out", kept);

        var means = new Figure(SurveyCharts.RegionalMeansOverEditions(Survey, SurveyIndex.Egdi));
        Assert.Contains("EGDI 2003 of AND, FSM, LIE", Note(means));
        // The Oceania line of 2003 is the mean of the countries kept (9 of the 12 assessed, notebook 04).
        var oceania = means.Traces.Single(t => t.GetProperty("name").GetString() == "Oceania");
        var expected = Survey.DisparitiesOverEditions(SurveyIndex.Egdi, Grouping.Region, [2003]).Edition(2003).Group("Oceania").Summary.Mean;
        Assert.Equal(expected, oceania.GetProperty("y")[0].GetDouble(), 12);
    }

    [Fact]
    public void Beta_chart_notes_only_what_it_left_out()
    {
        Assert.DoesNotContain("Left out", Note(new Figure(SurveyCharts.BetaConvergence(Survey, SurveyIndex.Egdi, 2014, 2024))));
        var since2003 = new Figure(SurveyCharts.BetaConvergence(Survey, SurveyIndex.Egdi, 2003, 2024));
        Assert.Contains("EGDI 2003 of AND, FSM, LIE, MCO, MHL, PLW, SMR, TLS (computed from a flagged component)", Note(since2003));
        var n = Survey.BetaConvergence(SurveyIndex.Egdi, 2003, 2024).Fit.N;
        Assert.Equal(n, since2003.Traces[0].GetProperty("x").GetArrayLength());
    }

    [Fact]
    public void Country_charts_leave_gaps_for_flagged_values()
    {
        var bump = new Figure(SurveyCharts.RankBump(Survey, ["LIE", "CHE"]));
        var lie = bump.Traces.Single(t => t.GetProperty("name").GetString()!.Contains("LIE", StringComparison.Ordinal));
        Assert.Equal(2008, lie.GetProperty("x")[0].GetInt32());
        Assert.Contains("published rank of LIE in 2003, 2004, 2005 (computed from a flagged component)", Note(bump));
        var published = new Figure(SurveyCharts.RankBump(Survey, ["LIE", "CHE"], flagged: FlaggedValues.Include));
        Assert.Equal(2003, published.Traces.Single(t => t.GetProperty("name").GetString()!.Contains("LIE", StringComparison.Ordinal)).GetProperty("x")[0].GetInt32());

        var profile = new Figure(SurveyCharts.CountryOverEditions(Survey, "LIE"));
        var hci = profile.Traces.Single(t => t.GetProperty("name").GetString() == "HCI");
        Assert.Equal(2008, hci.GetProperty("x")[0].GetInt32());
        Assert.Contains("HCI of LIE in 2003, 2004, 2005 (no data, published as 0)", Note(profile));
        Assert.StartsWith("Liechtenstein's EGDI rose from", profile.Title, StringComparison.Ordinal);
        Assert.Contains("in 2008 to", profile.Title);

        var compare = new Figure(SurveyCharts.CompareCountries(Survey, ["CHE", "FSM"]));
        Assert.Contains("HCI of FSM in 2003 (above 1, a probable data error)", Note(compare));
        var china = new Figure(SurveyCharts.CompareCountries(Survey, ["CHN", "IND"]));
        Assert.DoesNotContain("Left out", Note(china));
    }

    [Fact]
    public void A_flagged_decomposition_is_refused_unless_kept_and_then_noted()
    {
        Assert.Throws<ArgumentException>(() => SurveyCharts.EgdiChangeDecomposition(Survey, "LIE", 2005, 2008));
        var kept = new Figure(SurveyCharts.EgdiChangeDecomposition(Survey, "LIE", 2005, 2008, FlaggedValues.Include));
        Assert.Contains("Drawn as published although flagged (data/quality-flags.csv): HCI of LIE in 2005 (no data, published as 0)", Note(kept));
    }
}
