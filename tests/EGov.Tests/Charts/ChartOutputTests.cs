using EGov.Charts;
using EGov.Data;
using Plotly.NET;

namespace EGov.Tests.Charts;

public class ChartOutputTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void Fragment_has_the_div_and_newPlot_but_no_plotly_js_reference()
    {
        var html = ChartOutput.ToHtmlFragment(SurveyCharts.IndexByRegionBox(Survey, SurveyIndex.Egdi, 2020), "egdi-box-2020");
        Assert.Contains("<div id=\"egdi-box-2020\"", html);
        Assert.Contains("Plotly.newPlot('egdi-box-2020'", html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("plotly.js v", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", html);
        Assert.Throws<ArgumentException>(() => ChartOutput.ToHtmlFragment(SurveyCharts.IndexByRegionBox(Survey, SurveyIndex.Egdi, 2020), "x'); alert(1); ('"));
    }

    [Fact]
    public void Standalone_page_inlines_plotly_js()
    {
        var html = ChartOutput.ToStandaloneHtml(SurveyCharts.SigmaConvergence(Survey, SurveyIndex.Egdi));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("plotly.js v2.28.0", html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Plotly.newPlot(", html);
    }

    [Fact]
    public void Figure_json_is_the_text_of_plotly_nets_own_serializer_for_every_chart_the_library_makes()
    {
        // ChartOutput.ToFigureJson compares references in Newtonsoft's reference-loop check (FigureJson); the text must stay the one GenericChart.toFigureJson writes: for every chart SurveyCharts makes (by reflection,
        // so a new chart method is covered), another template, and each chart shown twice.
        var charts = EGov.Benchmarks.ChartCatalog.All(Survey).Select(c => c.Make()).ToList();
        Assert.True(charts.Count >= 18, $"only {charts.Count} charts found (SurveyCharts has 18 chart methods)");
        charts.Add(Chart.withTemplate(ChartTemplates.dark).Invoke(SurveyCharts.ComponentsByRegion(Survey, 2024)));
        foreach (var chart in charts.Concat(charts))
            Assert.Equal(GenericChart.toFigureJson(chart), ChartOutput.ToFigureJson(chart));
        Assert.NotEqual(ChartOutput.ToFigureJson(charts[^1]), ChartOutput.ToFigureJson(SurveyCharts.ComponentsByRegion(Survey, 2024)));
    }

    [Fact]
    public void Source_line_lists_the_editions()
    {
        Assert.Equal("Source: UN E-Government Survey 2020", ChartText.SourceLine([2020]));
        Assert.Equal("Source: UN E-Government Survey 2018, 2020", ChartText.SourceLine([2020, 2018, 2020]));
        Assert.Throws<ArgumentException>(() => ChartText.SourceLine([]));
    }
}
