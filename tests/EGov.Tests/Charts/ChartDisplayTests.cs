using EGov.Data;
using EGov.Charts;
using EGov.Display;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace EGov.Tests.Charts;

public class ChartDisplayTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void A_display_shows_the_chart_as_it_is_then_even_when_the_same_object_was_changed_in_place()
    {
        // NotebookDisplay makes a chart's figure once per display (the JSON formatter) and reuses it for the HTML and
        // the text of that display; a second display of the same object changed in between must show the change.
        NotebookDisplay.Register();
        var chart = SurveyCharts.SigmaConvergence(Survey, SurveyIndex.Egdi);
        string[] Display() => [.. Formatter.GetPreferredMimeTypesFor(typeof(GenericChart)).Select(chart.ToDisplayString)];
        var first = Display();
        Assert.Equal([PlotlyFigure.MimeType, HtmlFormatter.MimeType, PlainTextFormatter.MimeType], Formatter.GetPreferredMimeTypesFor(typeof(GenericChart)));
        Assert.Contains("\"data\":", first[0]);
        Assert.Contains("\"data\":", first[1]);
        Assert.StartsWith("Chart: ", first[2]);
        GenericChart.getLayout(chart).SetProperty("title", "Changed in place");
        var second = Display();
        Assert.Contains("Changed in place", second[0]);
        Assert.Contains("Changed in place", second[1]);
        Assert.Equal("Chart: Changed in place", second[2]);
        Assert.DoesNotContain("Changed in place", first[0]);
    }
}
