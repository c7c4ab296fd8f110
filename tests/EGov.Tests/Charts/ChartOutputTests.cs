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
    public void Figure_json_is_the_text_of_plotly_nets_own_serializer_for_every_kind_of_chart()
    {
        // ChartOutput.ToFigureJson serializes a template once per template object (FigureJson); the text must stay the
        // one GenericChart.toFigureJson writes, for the default template, another template and a chart shown twice.
        GenericChart[] charts =
        [
            SurveyCharts.IndexByRegionBox(Survey, SurveyIndex.Egdi, 2024),
            SurveyCharts.IndexChoropleth(Survey, SurveyIndex.Egdi, 2024),
            SurveyCharts.CountryOverEditions(Survey, "CHN"),
            SurveyCharts.CompareCountries(Survey, ["CHN", "IND", "BRA"], "CHN"),
            SurveyCharts.SigmaConvergence(Survey, SurveyIndex.Egdi),
            SurveyCharts.BetaConvergence(Survey, SurveyIndex.Egdi, 2003, 2024),
            SurveyCharts.LevelSharesByRegion(Survey, SurveyIndex.Egdi, 2024),
            SurveyCharts.TopN(Survey, SurveyIndex.Osi, 2022, 10, "CHN"),
            Chart.withTemplate(ChartTemplates.dark).Invoke(SurveyCharts.ComponentsByRegion(Survey, 2024)),
        ];
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
