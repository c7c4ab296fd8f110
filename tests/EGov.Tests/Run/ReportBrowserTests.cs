using System.Text.RegularExpressions;

namespace EGov.Tests.Run;

[Collection("runner")]
public sealed class ReportBrowserTests(RunnerFixture run)
{
    [SkippableFact]
    public void Every_chart_and_the_world_map_draw_with_the_network_unavailable()
    {
        Chromium.SkipUnlessPresent();
        foreach (var (page, charts, maps) in new[] { ("plotly-chart.html", 1, 0), ("choropleth.html", 1, 1), ("print.html", 2, 1) })
        {
            var dom = Chromium.DumpDom(Path.Combine(run.Output, page));
            // plotly draws each chart into a js-plotly-plot div with main-svg layers.
            Assert.Equal(charts, Regex.Matches(dom, "class=\"[^\"]*js-plotly-plot[^\"]*\"").Count);
            Assert.True(Regex.Matches(dom, "class=\"main-svg\"").Count >= 2 * charts, $"plotly did not draw in {page}");
            // Without the supplied geometry a map draws only its colour bar: count the drawn countries.
            Assert.True(Regex.Matches(dom, "choroplethlocation").Count >= 150 * maps, $"the world map drew no countries in {page}");
        }
    }

    [Fact]
    public void The_report_is_a_site_with_one_page_per_notebook_and_one_shared_plotly()
    {
        foreach (var notebook in RunnerFixture.Notebooks)
        {
            var page = File.ReadAllText(Path.Combine(run.Output, notebook + ".html"));
            Assert.Contains("<script src=\"assets/plotly.js\"></script>", page);
            Assert.Contains("<nav class=\"toc\">", page);
            Assert.True(page.Length < 500_000, $"{notebook}.html carries plotly.js itself ({page.Length:N0} characters)");
        }
        Assert.True(new FileInfo(Path.Combine(run.Output, "assets", "plotly.js")).Length > 3_000_000);
        var index = File.ReadAllText(Path.Combine(run.Output, "index.html"));
        Assert.All(RunnerFixture.Notebooks, n => Assert.Contains($"href=\"{n}.html\"", index));
    }

    [SkippableFact]
    public void Every_chart_output_carries_a_static_image()
    {
        Chromium.SkipUnlessPresent();
        foreach (var notebook in new[] { "plotly-chart", "choropleth" })
        {
            var chart = run.Outputs(notebook).Single(o => o["data"]?["application/vnd.plotly.v1+json"] is not null);
            var data = chart["data"]!;
            if (notebook == "choropleth")
                Assert.StartsWith("iVBORw0KGgo", (string?)data["image/png"]); // a PNG for the map
            else
                Assert.Contains("<svg", string.Concat(data["image/svg+xml"]!.AsArray().Select(l => (string?)l)));
        }
        Assert.Equal(2, (int)run.Summary["staticImages"]!["images"]!);
        Assert.Equal(2, (int)run.Summary["staticImages"]!["charts"]!);
        Assert.Contains("static images: 2 of 2 chart outputs", run.Stdout);
    }
}
