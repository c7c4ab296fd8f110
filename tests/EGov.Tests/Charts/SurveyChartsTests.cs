using Plotly.NET;
using System.Text.Json;
using EGov.Charts;
using EGov.Data;

namespace EGov.Tests.Charts;

public class SurveyChartsTests
{
    private static readonly Survey Survey = Survey.Load();
    private static readonly string[] Regions = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

    [Fact]
    public void Region_box_has_one_box_per_region_with_every_point_and_the_region_colour()
    {
        var figure = new Figure(SurveyCharts.IndexByRegionBox(Survey, SurveyIndex.Egdi, 2020));
        Assert.Equal(5, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal("box", t.GetProperty("type").GetString()));
        Assert.All(figure.Traces, t => Assert.Equal("all", t.GetProperty("boxpoints").GetString()));
        Assert.Equal(193, figure.Traces.Sum(t => t.GetProperty("y").GetArrayLength()));
        figure.AssertFramed("Europe has the highest mean EGDI", "Region", "EGDI (index, 0-1)", 2020);
        Assert.Contains("Africa the lowest", figure.Title);
        var colors = figure.MarkerColors();
        foreach (var region in Regions) Assert.Equal(RegionColors.Of(region), colors.Single(c => c.Key.StartsWith(region, StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Region_colours_are_the_same_in_different_charts()
    {
        var box = new Figure(SurveyCharts.IndexByRegionBox(Survey, SurveyIndex.Egdi, 2020)).MarkerColors();
        var components = new Figure(SurveyCharts.ComponentsByRegion(Survey, 2020)).MarkerColors();
        var lines = new Figure(SurveyCharts.RegionalMeansOverEditions(Survey, SurveyIndex.Egdi)).MarkerColors();
        foreach (var region in Regions)
        {
            var inBox = box.Single(c => c.Key.StartsWith(region, StringComparison.Ordinal)).Value;
            Assert.Equal(inBox, components[region]);
            Assert.Equal(inBox, lines[region]);
        }
        Assert.Equal(5, Regions.Select(RegionColors.Of).Distinct().Count());
        Assert.Throws<KeyNotFoundException>(() => RegionColors.Of("Atlantis"));
    }

    [Theory]
    [InlineData(2003, 173)]
    [InlineData(2020, 193)]
    public void Choropleth_uses_iso3_locations_and_leaves_out_countries_not_assessed(int edition, int expected)
    {
        var figure = new Figure(SurveyCharts.IndexChoropleth(Survey, SurveyIndex.Egdi, edition));
        var trace = Assert.Single(figure.Traces);
        Assert.Equal("choropleth", trace.GetProperty("type").GetString());
        Assert.Equal("ISO-3", trace.GetProperty("locationmode").GetString());
        var locations = trace.GetProperty("locations").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(expected, locations.Count);
        Assert.Equal(expected, trace.GetProperty("z").GetArrayLength());
        Assert.All(locations, l => Assert.Matches("^[A-Z]{3}$", l));
        Assert.Contains("EGDI", trace.GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
        Assert.Contains($"{edition}", figure.Title);
        Assert.Contains(figure.Annotations, a => a == $"Source: UN E-Government Survey {edition}");
    }

    [Fact]
    public void Level_shares_stack_four_levels_in_percent_per_region_and_world()
    {
        var figure = new Figure(SurveyCharts.LevelSharesByRegion(Survey, SurveyIndex.Egdi, 2020));
        Assert.Equal(["Very high", "High", "Middle", "Low"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("stack", figure.Layout.GetProperty("barmode").GetString());
        figure.AssertFramed("The share of countries with a very high EGDI ranges from 0% in Africa", "Region (n = countries assessed)", "Share of countries (%)", 2020);
        for (var i = 0; i < 6; i++) Assert.Equal(100, figure.Traces.Sum(t => t.GetProperty("y")[i].GetDouble()), 6);
        Assert.Equal(LevelColors.Of(LevelGroup.VeryHigh), figure.MarkerColors()["Very high"]);
    }

    [Fact]
    public void Components_by_region_group_one_bar_per_region_for_osi_hci_tii()
    {
        var figure = new Figure(SurveyCharts.ComponentsByRegion(Survey, 2022));
        Assert.Equal(5, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal(["OSI", "HCI", "TII"], t.GetProperty("x").EnumerateArray().Select(x => x.GetString())));
        figure.AssertFramed("Europe leads and Africa trails in all three EGDI components, 2022", "Component of the EGDI", "Regional mean (index, 0-1)", 2022);
    }

    [Fact]
    public void Income_group_disparity_shows_mean_with_min_max_whiskers()
    {
        var figure = new Figure(SurveyCharts.DisparityByIncomeGroup(Survey, SurveyIndex.Egdi, 2020));
        var trace = Assert.Single(figure.Traces);
        // Groups from low to high income; n and the Gini under each group, the mean inside the bar at its foot (clear of the whiskers).
        var x = trace.GetProperty("x").EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.Equal(["Low income", "Lower middle income", "Upper middle income", "High income"], x.Select(l => l.Split("<br>")[0]));
        Assert.All(x, l => Assert.Matches(@"<br>n=\d+, Gini 0\.\d\d$", l));
        Assert.Equal("inside", trace.GetProperty("textposition").GetString());
        Assert.Equal("start", trace.GetProperty("insidetextanchor").GetString());
        Assert.False(trace.GetProperty("error_y").GetProperty("symmetric").GetBoolean());
        figure.AssertFramed("The mean EGDI rises with income", "Income group (World Bank, 2018), from low to high income", "EGDI (index, 0-1)", 2020);
    }

    [Fact]
    public void Regional_means_have_a_line_per_region_and_the_world_and_the_caveat()
    {
        var figure = new Figure(SurveyCharts.RegionalMeansOverEditions(Survey, SurveyIndex.Egdi));
        Assert.Equal(6, figure.Traces.Count);
        Assert.Equal(Survey.Editions.Count, figure.Traces[0].GetProperty("x").GetArrayLength());
        figure.AssertFramed("Mean EGDI by region: higher in 2024 than in 2014 in every region", "Survey edition", "Mean EGDI (index, 0-1)", [.. Survey.Editions]);
        Assert.Contains(figure.Annotations, a => a.Contains("methodology", StringComparison.Ordinal));
        Assert.Equal(RegionColors.Of("World"), figure.MarkerColors()["World"]);
    }

    [Fact]
    public void Sigma_and_beta_convergence_charts()
    {
        var sigma = new Figure(SurveyCharts.SigmaConvergence(Survey, SurveyIndex.Egdi));
        Assert.Single(sigma.Traces);
        // The finding names the 2014 peak and the test from 2008 (the first edition without flagged values), not the 2014-2024 fall alone (issue 20).
        sigma.AssertFramed("The spread of the EGDI peaked at 0.46 in 2014 and was 0.36 in 2024; 2008-2024: no significant change (p = 0.130)", "Survey edition", "Coefficient of variation of EGDI (ratio)", [.. Survey.Editions]);

        var beta = new Figure(SurveyCharts.BetaConvergence(Survey, SurveyIndex.Egdi, 2014, 2024));
        Assert.Equal(2, beta.Traces.Count);
        var fit = EGov.Analysis.SurveyAnalysis.BetaConvergence(Survey, SurveyIndex.Egdi, 2014, 2024).Fit;
        Assert.Equal(fit.N, beta.Traces[0].GetProperty("x").GetArrayLength());
        Assert.Contains($"n={fit.N}", beta.Title);
        Assert.Contains("slope -0.0311 (95% CI -0.0364 to -0.0258), p < 0.001", beta.Title);
        Assert.Contains("R²", beta.Title);
        beta.AssertFramed("Countries with a lower EGDI in 2014 grew faster to 2024: beta convergence", "EGDI in 2014 (index, 0-1; log scale)", "Annualised log growth of EGDI, 2014-2024 (per year)", 2014, 2024);
        // The x axis is in EGDI units on a log scale (the regression is on ln EGDI), up to 1; the extremes are named.
        var x = beta.Layout.GetProperty("xaxis");
        Assert.Equal("log", x.GetProperty("type").GetString());
        Assert.Equal(0.0, x.GetProperty("range")[1].GetDouble());
        Assert.All(beta.Traces[0].GetProperty("x").EnumerateArray(), v => Assert.InRange(v.GetDouble(), 0.0, 1.0));
        Assert.Contains(beta.Annotations, a => a.Contains("Somalia (0.0139)", StringComparison.Ordinal)); // egdi.csv: SOM 2014 EGDI 0.01390

        // A slope that is not significant at 5 % is not called convergence, whatever its sign.
        var recent = new Figure(SurveyCharts.BetaConvergence(Survey, SurveyIndex.Egdi, 2020, 2024));
        Assert.StartsWith("No significant beta convergence of the EGDI, 2020-2024", recent.Title, StringComparison.Ordinal);
        Assert.Contains("p = 0.663", recent.Title);
    }

    [Fact]
    public void Bump_chart_reverses_the_rank_axis()
    {
        var figure = new Figure(SurveyCharts.RankBump(Survey, ["CHN", "KOR", "Estonia"]));
        Assert.Equal(3, figure.Traces.Count);
        // Reversed (rank 1 at the top) and never reaching rank 0.
        var range = figure.Layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.True(range[0] > range[1], "the rank axis is reversed");
        Assert.InRange(range[1], 0.5, 1.0);
        figure.AssertFramed("published EGDI rank", "Survey edition", "Published EGDI rank (1 = best)", 2003, 2024);
        Assert.Equal(3, figure.MarkerColors().Values.Distinct().Count());
        // Each line ends in a label with its ISO3 code and last rank, so the chart reads without hovering.
        var ends = figure.Annotations.Where(a => System.Text.RegularExpressions.Regex.IsMatch(a, @"^[A-Z]{3} \d+$")).ToList();
        Assert.Equal(["CHN", "EST", "KOR"], ends.Select(e => e[..3]).Order());
        // Close ranks are moved apart: SAU 6 and EST 2 (2024) do not share a line.
        var close = new Figure(SurveyCharts.RankBump(Survey, ["SAU", "EST"]));
        var ys = close.Layout.GetProperty("annotations").EnumerateArray().Where(a => a.GetProperty("yref").GetString() == "y")
            .Select(a => a.GetProperty("y").GetDouble()).Order().ToList();
        var yRange = close.Layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.True((ys[1] - ys[0]) / (yRange[0] - yRange[1]) * 400 >= 15, "the end labels are at least 15 px apart");
    }

    [Fact]
    public void Country_chart_has_egdi_and_components_with_rank_labels()
    {
        var figure = new Figure(SurveyCharts.CountryOverEditions(Survey, "China"));
        Assert.Equal(4, figure.Traces.Count);
        // The ranks are written under the editions on the x axis, not on the lines (where they hid the TII line).
        var ticks = figure.Layout.GetProperty("xaxis").GetProperty("ticktext").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("2020<br>#45", ticks);
        Assert.Equal(Survey.Editions.Count, ticks.Count);
        Assert.All(figure.Traces, t => Assert.False(t.TryGetProperty("textposition", out _)));
        figure.AssertFramed("China's EGDI rose from 0.42 in 2003 to 0.87 in 2024", "Survey edition (under it: published EGDI rank)", "Index value (0-1)", 2003, 2024);
        Assert.Equal(IndexColors.Of(SurveyIndex.Osi), figure.MarkerColors()["OSI"]);
    }

    [Fact]
    public void Top_n_includes_ties_at_the_cut_and_highlights_the_country()
    {
        var figure = new Figure(SurveyCharts.TopN(Survey, SurveyIndex.Osi, 2020, 20, "China"));
        var trace = Assert.Single(figure.Traces);
        // Cyprus and Brazil share place 20, so 21 bars.
        Assert.Equal(21, trace.GetProperty("y").GetArrayLength());
        var labels = trace.GetProperty("y").EnumerateArray().Select(y => y.GetString()!).ToList();
        var china = labels.FindIndex(l => l.EndsWith("China", StringComparison.Ordinal));
        Assert.Equal("=12. China", labels[china]);
        Assert.Equal(OkabeIto.Vermillion, Figure.Hex(trace.GetProperty("marker").GetProperty("color")[china].GetString()!));
        Assert.Equal(1, trace.GetProperty("marker").GetProperty("color").EnumerateArray().Count(c => Figure.Hex(c.GetString()!) == OkabeIto.Vermillion));
        Assert.Equal("0.9059 (dense 9)", trace.GetProperty("text")[china].GetString());
        // The index axis stops at 1; the values sit at the bars' ends, inside when they fit, never shrunk.
        Assert.Equal([0.0, 1.0], figure.Layout.GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("none", trace.GetProperty("constraintext").GetString());
        figure.AssertFramed("China ranks 12th of 193 countries in the OSI, 2020 (9th among distinct values)", "OSI (index, 0-1)", "Country (competition rank)", 2020);
    }

    [Fact]
    public void Top_n_adds_a_highlighted_country_outside_the_top()
    {
        var figure = new Figure(SurveyCharts.TopN(Survey, SurveyIndex.Egdi, 2020, 5, "CHN"));
        var labels = figure.Traces[0].GetProperty("y").EnumerateArray().Select(y => y.GetString()!).ToList();
        Assert.Equal(6, labels.Count);
        Assert.EndsWith("China", labels[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposition_waterfall_has_start_components_residual_and_end()
    {
        var figure = new Figure(SurveyCharts.EgdiChangeDecomposition(Survey, "CHN", 2018, 2020));
        var trace = Assert.Single(figure.Traces);
        Assert.Equal("waterfall", trace.GetProperty("type").GetString());
        // China 2018-2020: the residual is below half a thousandth (rounding), a bar of no visible height, so it is given in words.
        var d = EGov.Analysis.SurveyAnalysis.EgdiChange(Survey, "CHN", 2018, 2020);
        Assert.True(Math.Abs(d.Residual) < 0.0005m);
        Assert.Equal(["EGDI 2018", "OSI / 3", "HCI / 3", "TII / 3", "EGDI 2020"], trace.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["absolute", "relative", "relative", "relative", "total"], trace.GetProperty("measure").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("too small to draw", figure.Title);
        // plotly.js reads waterfall colours from increasing/decreasing/totals.marker.color (not Plotly.NET's "fillcolor").
        Assert.Equal(OkabeIto.Blue, trace.GetProperty("increasing").GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(OkabeIto.Vermillion, trace.GetProperty("decreasing").GetProperty("marker").GetProperty("color").GetString());
        figure.AssertFramed("China's EGDI rose by 0.114 from 2018 to 2020; most of it came from the TII", "Step", "EGDI (index, 0-1)", 2018, 2020);
        // The steps are hundredths of the scale: the axis spans the path, not 0-1, and says so.
        var range = figure.Layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.InRange(range[0], 0.6, 0.6811);
        Assert.InRange(range[1], 0.7948, 0.9);
        Assert.Contains("the y axis starts at", figure.Title);
        Assert.DoesNotContain("2008", figure.Title); // the 2008/2010 caveat only where those editions are involved
        Assert.Contains("2008/2010", new Figure(SurveyCharts.EgdiChangeDecomposition(Survey, "CHN", 2008, 2012)).Title);
    }

    [Fact]
    public void Source_lines_sit_inside_the_figure_and_index_axes_stop_at_one()
    {
        var charts = new (string Name, GenericChart Chart)[]
        {
            ("top", SurveyCharts.TopN(Survey, SurveyIndex.Osi, 2020, 20, "CHN")),
            ("sub-regions", SurveyCharts.SubRegionRanges(Survey, SurveyIndex.Egdi, 2024)),
            ("sigma", SurveyCharts.SigmaConvergence(Survey, SurveyIndex.Egdi)),
            ("epi", SurveyCharts.CountryIndexOverEditions(Survey, "CHN", SurveyIndex.Epi)),
            ("income", SurveyCharts.DisparityByIncomeGroup(Survey, SurveyIndex.Egdi, 2024)),
        };
        foreach (var (name, chart) in charts)
        {
            var figure = new Figure(chart);
            var source = figure.Layout.GetProperty("annotations").EnumerateArray()
                .Single(a => a.GetProperty("text").GetString()!.StartsWith("Source: UN E-Government Survey", StringComparison.Ordinal));
            // Anchored by its bottom edge a few pixels above the figure's bottom edge, whatever the figure's height.
            Assert.Equal(("bottom", 0.0), (source.GetProperty("yanchor").GetString(), source.GetProperty("y").GetDouble()));
            var aboveBottom = figure.Layout.GetProperty("margin").GetProperty("b").GetDouble() + source.GetProperty("yshift").GetDouble();
            Assert.True(aboveBottom >= 4, $"{name}: the source line is {aboveBottom} px above the figure's bottom edge");
            foreach (var axis in new[] { "xaxis", "yaxis" })
                if (figure.AxisTitle(axis).Contains("(index, 0-1)", StringComparison.Ordinal))
                    Assert.True(figure.Layout.GetProperty(axis).GetProperty("range")[1].GetDouble() <= 1.0, $"{name}: {axis} runs past 1");
        }
        // The EPI chart's caveat is about the EPI, not the EGDI's mean of its components.
        var epi = new Figure(SurveyCharts.CountryIndexOverEditions(Survey, "CHN", SurveyIndex.Epi));
        Assert.Contains(epi.Annotations, a => a.Contains("EPI levels are not strictly comparable", StringComparison.Ordinal));
        Assert.DoesNotContain(epi.Annotations, a => a.Contains("mean of its components", StringComparison.Ordinal));
        // The country's values are under the editions, not on the lines.
        Assert.All(epi.Traces, t => Assert.False(t.TryGetProperty("textposition", out _)));
    }
}
