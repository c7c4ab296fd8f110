using System.Text.RegularExpressions;

namespace EGov.Tests.Run;

[Collection("runner")]
public sealed class ReportBrowserTests(RunnerFixture run)
{
    [SkippableFact]
    public void Every_chart_and_the_world_map_draw_with_the_network_unavailable()
    {
        Chromium.SkipUnlessPresent();
        var dom = Chromium.DumpDom(Path.Combine(run.Output, "index.html"));

        // Two charts in the fixtures (a box plot and a choropleth); plotly draws each into a js-plotly-plot div with main-svg layers.
        Assert.Equal(2, Regex.Matches(dom, "class=\"[^\"]*js-plotly-plot[^\"]*\"").Count);
        Assert.True(Regex.Matches(dom, "class=\"main-svg\"").Count >= 4, "plotly did not draw");
        // Without the supplied geometry a map draws only its colour bar: count the drawn countries.
        Assert.True(Regex.Matches(dom, "choroplethlocation").Count >= 150, "the world map drew no countries");
    }
}
