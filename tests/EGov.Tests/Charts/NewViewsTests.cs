using System.Text.Json;
using EGov.Analysis;
using EGov.Charts;
using EGov.Data;

namespace EGov.Tests.Charts;

/// <summary>The views added for issue 11: country comparison, EPI, sub-regions, several editions side by side, distinct colours.</summary>
public class NewViewsTests
{
    private static readonly Survey Survey = Survey.Load();

    private static string Colour(JsonElement trace) => Figure.Hex(trace.GetProperty("line").GetProperty("color").GetString()!);

    [Fact]
    public void Country_colours_never_repeat_and_the_focus_is_black()
    {
        string[] ten = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
        Assert.Equal(10, CountryColors.For(ten).Values.Distinct().Count());
        Assert.Equal(10, CountryColors.For(ten, focus: "E").Values.Distinct().Count());
        Assert.Equal(CountryColors.Focus, CountryColors.For(ten, focus: "E")["E"]);
        Assert.DoesNotContain(CountryColors.Focus, CountryColors.For(ten, focus: "E").Where(kv => kv.Key != "E").Select(kv => kv.Value));
        var error = Assert.Throws<ArgumentException>(() => CountryColors.For([.. ten, "K"]));
        Assert.Contains("at most 10 countries", error.Message);
        Assert.Throws<ArgumentException>(() => CountryColors.For(ten, focus: "Z"));
        Assert.Equal(10, CountryColors.Capacity);
    }

    [Fact]
    public void Bump_chart_keeps_ten_countries_apart_and_draws_the_focus_black_and_thick()
    {
        string[] ten = ["CHN", "IND", "BRA", "KAZ", "SAU", "EST", "RWA", "USA", "UKR", "VEN"];
        var figure = new Figure(SurveyCharts.RankBump(Survey, ten, focus: "CHN"));
        Assert.Equal(10, figure.Traces.Select(Colour).Distinct().Count());
        var china = figure.Traces.Single(t => t.GetProperty("name").GetString()!.EndsWith("(CHN)", StringComparison.Ordinal));
        Assert.Equal(CountryColors.Focus, Colour(china));
        Assert.True(china.GetProperty("line").GetProperty("width").GetDouble() > figure.Traces.Where(t => !t.Equals(china)).Max(t => t.GetProperty("line").GetProperty("width").GetDouble()));
        Assert.StartsWith("China climbed 39 places in the published EGDI rank: 74 in 2003, 35 in 2024", figure.Title, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SurveyCharts.RankBump(Survey, [.. ten, "ZAF"]));
    }

    [Fact]
    public void Country_comparison_draws_four_panels_with_one_colour_per_country_and_accepts_names()
    {
        string[] countries = ["China", "IND", "brazil", "South Africa", "RUS"];
        var figure = new Figure(SurveyCharts.CompareCountries(Survey, countries));
        Assert.Equal(4 * countries.Length, figure.Traces.Count);
        Assert.Equal(countries.Length, figure.Traces.Count(t => !t.TryGetProperty("showlegend", out var show) || show.GetBoolean()));
        foreach (var group in figure.Traces.GroupBy(t => t.GetProperty("name").GetString()))
            Assert.Single(group.Select(Colour).Distinct());
        Assert.Equal(countries.Length, figure.Traces.Select(Colour).Distinct().Count());
        Assert.Equal(["xaxis", "xaxis2", "xaxis3", "xaxis4"], figure.Traces.Select(t => t.TryGetProperty("xaxis", out var a) ? "xaxis" + a.GetString()![1..] : "xaxis").Distinct().Order());
        Assert.StartsWith("China has the highest EGDI of these 5 countries in 2024 (0.87)", figure.Title, StringComparison.Ordinal);
        Assert.Contains(figure.Annotations, a => a.StartsWith("Source: UN E-Government Survey 2003", StringComparison.Ordinal));
        Assert.Contains(figure.Annotations, a => a == "Telecommunication Infrastructure Index (TII)");
    }

    [Fact]
    public void Epi_views_are_titled_with_the_epi()
    {
        var china = new Figure(SurveyCharts.CountryIndexOverEditions(Survey, "CHN", SurveyIndex.Epi));
        // Within-edition comparisons only: EPI levels of 2003 and 2024 are not set against each other (issue 20).
        Assert.Matches(@"^China.s EPI was at or above the Asia mean in \d+ of 12 editions; in 2024 0\.93 against 0\.54<br>", china.Title);
        Assert.DoesNotContain("2003", china.Title, StringComparison.Ordinal);
        Assert.Equal(["World mean", "Asia mean", "China"], china.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(CountryColors.Focus, Colour(china.Traces[2]));
        Assert.Equal("EPI (index, 0-1)", china.AxisTitle("yaxis"));
        Assert.StartsWith("Europe has the highest mean EPI", new Figure(SurveyCharts.IndexByRegionBox(Survey, SurveyIndex.Epi, 2024)).Title, StringComparison.Ordinal);
        Assert.StartsWith("Ukraine leads the EPI, 2024", new Figure(SurveyCharts.TopN(Survey, SurveyIndex.Epi, 2024, 15)).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_regions_are_drawn_as_ranges_sorted_by_mean_and_coloured_by_region()
    {
        var figure = new Figure(SurveyCharts.SubRegionRanges(Survey, SurveyIndex.Egdi, 2024));
        var subRegions = Survey.Countries.Select(c => c.SubRegion).Distinct().Count();
        Assert.Equal(subRegions, figure.Traces.Count(t => t.GetProperty("mode").GetString()!.Contains("lines", StringComparison.Ordinal)));
        var categories = figure.Layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(subRegions, categories.Count);
        Assert.StartsWith("Middle Africa", categories[0], StringComparison.Ordinal);
        Assert.StartsWith("Mean EGDI by sub-region, 2024: from 0.34 in Middle Africa to 0.94 in Australia and New Zealand", figure.Title, StringComparison.Ordinal);
        Assert.Equal(RegionColors.Of("Oceania"), figure.Traces.Single(t => t.GetProperty("name").GetString() == "Oceania").GetProperty("marker").GetProperty("color").GetString());
    }

    [Fact]
    public void Regional_views_put_2022_beside_2020_and_2024()
    {
        var boxes = new Figure(SurveyCharts.IndexByRegionOverEditions(Survey, SurveyIndex.Egdi, [2020, 2022, 2024]));
        // One box per region and edition, side by side by edition (offsetgroup), each region in its own colour, lighter when earlier.
        Assert.Equal(15, boxes.Traces.Count);
        Assert.Equal(["2020", "2022", "2024"], boxes.Traces.Select(t => t.GetProperty("offsetgroup").GetString()).Distinct());
        Assert.Equal("group", boxes.Layout.GetProperty("boxmode").GetString());
        Assert.Equal(15, boxes.Traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()).Distinct().Count());
        var europe2024 = boxes.Traces.Single(t => t.GetProperty("name").GetString() == "Europe 2024");
        Assert.Equal(RegionColors.Of("Europe"), Figure.Hex(europe2024.GetProperty("marker").GetProperty("color").GetString()!));
        Assert.Equal(193, boxes.Traces.Where(t => t.GetProperty("offsetgroup").GetString() == "2022").Sum(t => t.GetProperty("y").GetArrayLength()));
        Assert.StartsWith("Every region's mean EGDI rose from 2020 to 2024", boxes.Title, StringComparison.Ordinal);

        var levels = new Figure(SurveyCharts.LevelSharesByRegion(Survey, SurveyIndex.Egdi, [2020, 2022, 2024]));
        // A two-level (multicategory) axis: the region once under its group (the world in bold), the edition under each bar.
        var levelsOf = levels.Traces[0].GetProperty("x").EnumerateArray().Select(level => level.EnumerateArray().Select(x => x.GetString()!).ToList()).ToList();
        Assert.Equal(2, levelsOf.Count);
        var bars = levelsOf[0].Zip(levelsOf[1], (scope, edition) => $"{scope}|{edition}").ToList();
        Assert.Equal(6 * 3, bars.Count);
        Assert.Contains("<b>World</b>|2022", bars);
        Assert.Contains("Africa|2020", bars);
        // Segments under the threshold carry no label (a 2-4 % segment had its label shrunk to 1-5 px).
        var labelled = levels.Traces.SelectMany(t => t.GetProperty("y").EnumerateArray().Zip(t.GetProperty("text").EnumerateArray())).ToList();
        Assert.All(labelled, p => Assert.Equal(p.First.GetDouble() >= SurveyChartsSegmentMinimum, p.Second.GetString() != ""));
        Assert.StartsWith("Countries with a very high EGDI: 30% of the world in 2020, 39% in 2024", levels.Title, StringComparison.Ordinal);
        Assert.Contains(levels.Annotations, a => a.StartsWith("Countries assessed in each edition: Africa 54", StringComparison.Ordinal));
        Assert.Equal(0, levels.Layout.GetProperty("xaxis").GetProperty("tickangle").GetInt32());
        for (var i = 0; i < bars.Count; i++) Assert.Equal(100, levels.Traces.Sum(t => t.GetProperty("y")[i].GetDouble()), 6);
    }

    private const double SurveyChartsSegmentMinimum = 6; // SurveyCharts.SegmentLabelMinimum (%), as the chart's documentation gives it
}
