using System.Text.RegularExpressions;
using Deedle;
using EGov.Analysis;
using EGov.Data;
using EGov.Display;

namespace EGov.Tests.Notebooks;

/// <summary>The display rules of the notebooks' tables (issue 11): rounded numbers, percent shares, p-values, types in words.</summary>
public sealed partial class FrameHtmlTests
{
    private static readonly Survey Survey = Survey.Load();

    private static List<string> Cells(string html) => CellText().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value)).ToList();

    [Fact]
    public void Numbers_show_four_decimals_shares_one_and_p_values_as_written()
    {
        Assert.Equal("0.0149", FrameHtml.Cell("0.0149333333333333333333333333", "OSI", isText: false));
        Assert.Equal("0.0000", FrameHtml.Cell("7E-06", "MaxDeviation", isText: false));
        Assert.Equal("0.0000", FrameHtml.Cell("-6.66667E-06", "Residual", isText: false));
        Assert.Equal("0.3862", FrameHtml.Cell("0.386193", "RegionMean", isText: false));
        Assert.Equal("3.7", FrameHtml.Cell("3.7037037037", "Very high %", isText: false));
        Assert.Equal("20.0", FrameHtml.Cell("20", "Very high %", isText: false));
        Assert.Equal("&lt; 0.001", FrameHtml.Cell("2.7E-36", "p-value", isText: false));
        Assert.Equal("0.663", FrameHtml.Cell("0.66321", "p-value", isText: false));
        Assert.Equal("193", FrameHtml.Cell("193", "Count", isText: false));
        Assert.Equal("0.0000", FrameHtml.Cell("0", "Gap", isText: false, isFloat: true));
        Assert.Equal("–", FrameHtml.Cell("<missing>", "EGDI", isText: false));
        Assert.Equal("0.5 &lt; x", FrameHtml.Cell("0.5 < x", "Note", isText: true));
    }

    [Fact]
    public void Column_types_are_words_not_dotnet_names()
    {
        Assert.Equal("(number)", FrameHtml.TypeLabel("(Nullable`1)"));
        Assert.Equal("(number)", FrameHtml.TypeLabel("(Decimal)"));
        Assert.Equal("(number)", FrameHtml.TypeLabel("(float)"));
        Assert.Equal("(integer)", FrameHtml.TypeLabel("(int)"));
        Assert.Equal("(text)", FrameHtml.TypeLabel("(string)"));
        Assert.Equal("(yes/no)", FrameHtml.TypeLabel("(Boolean)"));
        Assert.Equal("(category)", FrameHtml.TypeLabel("(Grouping)"));
    }

    [Fact]
    public void A_real_table_has_no_long_decimals_no_dotnet_type_names_and_left_aligned_text()
    {
        var records = Survey.Dataset.Records.Where(r => r.Edition == 2003 && !r.IsAssessed).Take(3);
        var html = FrameHtml.Of(Frame.FromRecords(records));
        Assert.DoesNotContain("Nullable`1", html);
        Assert.DoesNotContain("(Decimal)", html);
        var decomposition = FrameHtml.Of(new[] { Survey.EgdiChange("CHN", 2018, 2020) }.ToFrame());
        Assert.All(Cells(decomposition), c => Assert.DoesNotMatch(@"\.\d{7,}|E-\d", c));
        Assert.Contains("0.0149", Cells(decomposition));
        Assert.Matches("<td style=\"text-align:left\">Africa|<th style=\"text-align:left\">Africa", FrameHtml.Of(Survey.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region).ToFrame()));
        var ranking = FrameHtml.Of(Survey.Ranking(SurveyIndex.Egdi, 2024).ToFrame(["CHN"]));
        Assert.Contains("<td style=\"text-align:left\">China</td>", ranking);
        Assert.Contains("<td style=\"text-align:right\">0.8718</td>", ranking);
        Assert.Contains("1 row × 6 columns", ranking);
    }

    [Fact]
    public void A_long_frame_says_how_many_rows_it_hides_and_how_to_see_them()
    {
        var subRegions = Survey.Disparities(SurveyIndex.Egdi, 2024, Grouping.SubRegion).ToFrame();
        Assert.DoesNotContain("showing the first", FrameHtml.Of(subRegions)); // 23 rows fit
        var panel = FrameHtml.Of(Survey.Panel);
        Assert.Contains("2,316 rows × 12 columns", panel);
        Assert.Contains("showing the first and last 15 rows (every row: <code>EGov.Display.FrameHtml.All(frame)</code>)", panel);
        var all = FrameHtml.All(Survey.Edition(2024)).ToString()!;
        Assert.Equal(193 + 2, Regex.Matches(all, "<tr>").Count);
        Assert.DoesNotContain("showing the first", all);
    }

    [GeneratedRegex(@"<t[dh][^>]*>(?<text>[^<]*)</t[dh]>")]
    private static partial Regex CellText();
}
