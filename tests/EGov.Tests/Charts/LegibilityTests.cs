using System.Diagnostics;
using EGov.Analysis;
using EGov.Charts;
using EGov.Data;
using EGov.Display;
using EGov.Tests.Notebooks;
using EGov.Tests.Run;
using Plotly.NET;

namespace EGov.Tests.Charts;

/// <summary>
/// scripts/check-charts.sh over the charts the notebooks draw (every kind of SurveyCharts), with the plotly.js inside
/// Plotly.NET.dll (no download): each figure is drawn from its JSON alone in headless Chromium with the network blocked, and
/// must draw (maps included, with no request) and pass the legibility rules. A deliberately bad figure must fail each rule.
/// </summary>
public class LegibilityTests
{
    private static readonly Survey Survey = Survey.Load();

    /// <summary>The charts of the notebooks, by the calls the notebooks make (and a few more parameters).</summary>
    public static IEnumerable<(string Name, GenericChart Chart)> Charts()
    {
        yield return ("country-over-editions-CHN", SurveyCharts.CountryOverEditions(Survey, "CHN"));
        yield return ("top-osi-2020", SurveyCharts.TopN(Survey, SurveyIndex.Osi, 2020, n: 20, focus: "CHN"));
        yield return ("top-epi-2024", SurveyCharts.TopN(Survey, SurveyIndex.Epi, 2024, n: 15, focus: "CHN"));
        yield return ("decomposition-CHN", SurveyCharts.EgdiChangeDecomposition(Survey, "CHN", 2018, 2020));
        yield return ("box-2024", SurveyCharts.IndexByRegionBox(Survey, SurveyIndex.Egdi, 2024));
        yield return ("box-over-editions", SurveyCharts.IndexByRegionOverEditions(Survey, SurveyIndex.Egdi, [2020, 2022, 2024]));
        yield return ("map-2024", SurveyCharts.IndexChoropleth(Survey, SurveyIndex.Egdi, 2024));
        yield return ("sub-regions-2024", SurveyCharts.SubRegionRanges(Survey, SurveyIndex.Egdi, 2024));
        yield return ("level-shares", SurveyCharts.LevelSharesByRegion(Survey, SurveyIndex.Egdi, [2020, 2022, 2024]));
        yield return ("level-shares-2024", SurveyCharts.LevelSharesByRegion(Survey, SurveyIndex.Egdi, 2024));
        yield return ("components-2024", SurveyCharts.ComponentsByRegion(Survey, 2024));
        yield return ("income-2024", SurveyCharts.DisparityByIncomeGroup(Survey, SurveyIndex.Egdi, 2024));
        yield return ("special-situations-2024", SurveyCharts.SpecialSituations(Survey, SurveyIndex.Egdi, 2024));
        yield return ("regional-means", SurveyCharts.RegionalMeansOverEditions(Survey, SurveyIndex.Egdi));
        yield return ("sigma", SurveyCharts.SigmaConvergence(Survey, SurveyIndex.Egdi));
        yield return ("beta-2014", SurveyCharts.BetaConvergence(Survey, SurveyIndex.Egdi, 2014, 2024));
        yield return ("rank-bump", SurveyCharts.RankBump(Survey, ["CHN", "IND", "BRA", "SAU", "EST", "RWA", "USA", "UKR", "VEN", "ZAF"]));
        yield return ("epi-CHN", SurveyCharts.CountryIndexOverEditions(Survey, "CHN", SurveyIndex.Epi));
        yield return ("compare", SurveyCharts.CompareCountries(Survey, ["DNK", "EST", "KOR", "SGP"]));
    }

    [SkippableFact]
    public void Every_chart_draws_offline_from_its_JSON_and_is_legible()
    {
        Chromium.SkipUnlessPresent();
        var folder = Directory.CreateTempSubdirectory("egov-charts-").FullName;
        try
        {
            foreach (var (name, chart) in Charts()) File.WriteAllText(Path.Combine(folder, name + ".json"), PlotlyFigure.Of(chart).ToJson());
            var (code, output) = CheckCharts(folder);
            Assert.True(code == 0, output);
            Assert.Contains($"{Charts().Count()} charts drawn from their JSON alone", output);
            Assert.Matches(@"map-2024: \d+ KB, 1[5-9]\d countries: ok", output);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [SkippableFact]
    public void Illegible_and_online_figures_fail_with_the_rule_named()
    {
        Chromium.SkipUnlessPresent();
        var folder = Directory.CreateTempSubdirectory("egov-charts-bad-").FullName;
        try
        {
            // Two labels on top of each other, one outside the image, one at 6 px, an index axis to 1.2 and a rank axis showing 0.
            File.WriteAllText(Path.Combine(folder, "bad-labels.json"), """
                {"data":[{"type":"scatter","x":[0.5,0.51],"y":[1,1],"mode":"text","text":["overlapping label","overlapping label"]}],
                 "layout":{"width":400,"height":300,"xaxis":{"title":{"text":"EGDI (index, 0-1)"},"range":[0,1.2]},
                   "yaxis":{"title":{"text":"Published EGDI rank"},"range":[0,3]},
                   "annotations":[{"x":1.6,"y":1,"xref":"paper","yref":"paper","text":"beyond the edge","showarrow":false},
                                  {"x":0.2,"y":0.2,"xref":"paper","yref":"paper","text":"tiny","font":{"size":6},"showarrow":false}]}}
                """);
            // A map located by ISO3 code without its geometry: plotly.js fetches world_110m.json, which the blocked network refuses.
            File.WriteAllText(Path.Combine(folder, "map-online.json"), """
                {"data":[{"type":"choropleth","locations":["FRA","DEU"],"z":[0.5,0.6],"locationmode":"ISO-3"}],"layout":{"width":500,"height":300}}
                """);
            var (code, output) = CheckCharts(folder);
            Assert.Equal(1, code);
            foreach (var rule in new[] { "overlap:", "inside:", "size:", "index-axis:", "rank-axis:", "offline:", "drawn:" })
                Assert.Contains(rule, output);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void A_map_carries_its_geometry_and_no_base_layer()
    {
        var figure = PlotlyFigure.Of(SurveyCharts.IndexChoropleth(Survey, SurveyIndex.Egdi, 2024)).Figure;
        var data = figure["data"]!.AsArray();
        var map = data.Single(t => (string?)t!["type"] == "choropleth")!;
        Assert.Equal("geojson-id", (string?)map["locationmode"]);
        var features = map["geojson"]!["features"]!.AsArray();
        Assert.Equal(193 - 27 - 1, features.Count); // 193 member states; 27 are dots (small-states.csv), Tuvalu has no geometry
        Assert.Equal(0.0, (double)map["zmin"]!);
        Assert.Equal(1.0, (double)map["zmax"]!);
        // The first trace has no locationmode, else plotly.js downloads the topology anyway (WorldMap.Embed).
        Assert.Equal("scattergeo", (string?)data[0]!["type"]);
        Assert.Equal(27, data[0]!["lon"]!.AsArray().Count);
        Assert.All(WorldMap.BaseLayers, layer => Assert.False((bool)figure["layout"]!["geo"]![layer]!));
        var note = string.Join(" ", figure["layout"]!["title"]!["text"]!.ToString());
        Assert.Contains("27 small states as dots, Tuvalu not drawn", note);
    }

    private static (int Code, string Output) CheckCharts(string folder)
    {
        var plotly = Path.Combine(folder, "plotly.min.js.txt");
        File.WriteAllText(plotly, PlotlyAssets.PlotlyJs());
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", "check-charts.sh"));
        start.ArgumentList.Add(folder);
        start.Environment["PLOTLY_JS"] = plotly;
        start.Environment["EGOV_CHROMIUM"] = Chromium.Path;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
