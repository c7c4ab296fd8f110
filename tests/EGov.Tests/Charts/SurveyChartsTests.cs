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
        var figure = new Figure(SurveyCharts.EgdiByRegionBox(Survey, 2020));
        Assert.Equal(5, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal("box", t.GetProperty("type").GetString()));
        Assert.All(figure.Traces, t => Assert.Equal("all", t.GetProperty("boxpoints").GetString()));
        Assert.Equal(193, figure.Traces.Sum(t => t.GetProperty("y").GetArrayLength()));
        figure.AssertFramed("EGDI by region, 2020", "Region", "EGDI (index, 0-1)", 2020);
        var colors = figure.MarkerColors();
        foreach (var region in Regions) Assert.Equal(RegionColors.Of(region), colors.Single(c => c.Key.StartsWith(region, StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Region_colours_are_the_same_in_different_charts()
    {
        var box = new Figure(SurveyCharts.EgdiByRegionBox(Survey, 2020)).MarkerColors();
        var components = new Figure(SurveyCharts.ComponentsByRegion(Survey, 2020)).MarkerColors();
        var lines = new Figure(SurveyCharts.RegionalMeansOverEditions(Survey)).MarkerColors();
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
        var figure = new Figure(SurveyCharts.LevelSharesByRegion(Survey, 2020));
        Assert.Equal(["Very high", "High", "Middle", "Low"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("stack", figure.Layout.GetProperty("barmode").GetString());
        figure.AssertFramed("level groups by region, 2020", "Region (n = countries assessed)", "Share of countries (%)", 2020);
        for (var i = 0; i < 6; i++) Assert.Equal(100, figure.Traces.Sum(t => t.GetProperty("y")[i].GetDouble()), 6);
        Assert.Equal(LevelColors.Of(LevelGroup.VeryHigh), figure.MarkerColors()["Very high"]);
    }

    [Fact]
    public void Components_by_region_group_one_bar_per_region_for_osi_hci_tii()
    {
        var figure = new Figure(SurveyCharts.ComponentsByRegion(Survey, 2022));
        Assert.Equal(5, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal(["OSI", "HCI", "TII"], t.GetProperty("x").EnumerateArray().Select(x => x.GetString())));
        figure.AssertFramed("components by region, 2022", "Component of the EGDI", "Regional mean (index, 0-1)", 2022);
    }

    [Fact]
    public void Income_group_disparity_shows_mean_with_min_max_whiskers()
    {
        var figure = new Figure(SurveyCharts.DisparityByIncomeGroup(Survey, SurveyIndex.Egdi, 2020));
        var trace = Assert.Single(figure.Traces);
        Assert.Equal(4, trace.GetProperty("x").GetArrayLength());
        Assert.Equal("High income", trace.GetProperty("x")[0].GetString());
        Assert.False(trace.GetProperty("error_y").GetProperty("symmetric").GetBoolean());
        figure.AssertFramed("by income group, 2020", "Income group (World Bank, 2018)", "EGDI (index, 0-1)", 2020);
    }

    [Fact]
    public void Regional_means_have_a_line_per_region_and_the_world_and_the_caveat()
    {
        var figure = new Figure(SurveyCharts.RegionalMeansOverEditions(Survey));
        Assert.Equal(6, figure.Traces.Count);
        Assert.Equal(Survey.Editions.Count, figure.Traces[0].GetProperty("x").GetArrayLength());
        figure.AssertFramed("Mean EGDI by region, 2003-2024", "Survey edition", "Mean EGDI (index, 0-1)", [.. Survey.Editions]);
        Assert.Contains(figure.Annotations, a => a.Contains("methodology", StringComparison.Ordinal));
        Assert.Equal(RegionColors.Of("World"), figure.MarkerColors()["World"]);
    }

    [Fact]
    public void Sigma_and_beta_convergence_charts()
    {
        var sigma = new Figure(SurveyCharts.SigmaConvergence(Survey));
        Assert.Single(sigma.Traces);
        sigma.AssertFramed("Sigma convergence", "Survey edition", "Coefficient of variation of EGDI (ratio)", [.. Survey.Editions]);

        var beta = new Figure(SurveyCharts.BetaConvergence(Survey, 2003, 2024));
        Assert.Equal(2, beta.Traces.Count);
        var fit = EGov.Analysis.SurveyAnalysis.BetaConvergence(Survey, SurveyIndex.Egdi, 2003, 2024).Fit;
        Assert.Equal(fit.N, beta.Traces[0].GetProperty("x").GetArrayLength());
        Assert.Contains($"n={fit.N}", beta.Title);
        Assert.Contains("slope -", beta.Title);
        Assert.Contains("R²", beta.Title);
        beta.AssertFramed("Beta convergence of the EGDI, 2003-2024", "ln(EGDI in 2003)", "Annualised log growth of EGDI, 2003-2024 (per year)", 2003, 2024);
    }

    [Fact]
    public void Bump_chart_reverses_the_rank_axis()
    {
        var figure = new Figure(SurveyCharts.RankBump(Survey, ["CHN", "KOR", "Estonia"]));
        Assert.Equal(3, figure.Traces.Count);
        Assert.Equal("reversed", figure.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        figure.AssertFramed("Published EGDI rank", "Survey edition", "Published EGDI rank (1 = best)", 2003, 2024);
        Assert.Equal(3, figure.MarkerColors().Values.Distinct().Count());
    }

    [Fact]
    public void Country_chart_has_egdi_and_components_with_rank_labels()
    {
        var figure = new Figure(SurveyCharts.CountryOverEditions(Survey, "China"));
        Assert.Equal(4, figure.Traces.Count);
        var egdi = figure.Traces[0];
        Assert.Contains("#45", egdi.GetProperty("text").EnumerateArray().Select(t => t.GetString()));
        figure.AssertFramed("China: EGDI and components", "Survey edition", "Index value (0-1)", 2003, 2024);
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
        Assert.Equal("12. China", labels[china]);
        Assert.Equal(OkabeIto.Vermillion, Figure.Hex(trace.GetProperty("marker").GetProperty("color")[china].GetString()!));
        Assert.Equal(1, trace.GetProperty("marker").GetProperty("color").EnumerateArray().Count(c => Figure.Hex(c.GetString()!) == OkabeIto.Vermillion));
        Assert.Equal("0.9059  rank =12 (dense 9)", trace.GetProperty("text")[china].GetString());
        figure.AssertFramed("Top 20 OSI, 2020", "OSI (index, 0-1)", "Country (competition rank)", 2020);
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
        Assert.Equal(["EGDI 2018", "OSI / 3", "HCI / 3", "TII / 3", "Residual", "EGDI 2020"], trace.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["absolute", "relative", "relative", "relative", "relative", "total"], trace.GetProperty("measure").EnumerateArray().Select(x => x.GetString()));
        // plotly.js reads waterfall colours from increasing/decreasing/totals.marker.color (not Plotly.NET's "fillcolor").
        Assert.Equal(OkabeIto.Blue, trace.GetProperty("increasing").GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(OkabeIto.Vermillion, trace.GetProperty("decreasing").GetProperty("marker").GetProperty("color").GetString());
        figure.AssertFramed("China: EGDI change 2018-2020", "Step", "EGDI (index, 0-1)", 2018, 2020);
    }
}
