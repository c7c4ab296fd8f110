using EGov.Display;

namespace EGov.Tests.Charts;

/// <summary>
/// A chart's title as text (the alt text of docs/collection's images, README's chart lines): the subtitle is set apart by a
/// dash, while the line breaks that only wrap a long title ("no significant<br>change") read as spaces.
/// </summary>
public class FigureTitleTests
{
    [Theory]
    [InlineData("The spread peaked in 2014; 2008-2024: no significant<br>change (p = 0.130)<br><sup>Coefficient of variation;<br>test: Pitman-Morgan</sup>",
        "The spread peaked in 2014; 2008-2024: no significant change (p = 0.130) — Coefficient of variation; test: Pitman-Morgan")]
    [InlineData("Europe leads<br><sup>EGDI</sup>", "Europe leads — EGDI")]
    [InlineData("Only a title", "Only a title")]
    [InlineData("A &amp; B<br>wrapped", "A & B wrapped")]
    public void Wrapping_breaks_read_as_spaces_and_the_subtitle_after_a_dash(string title, string expected)
    {
        var figure = PlotlyFigure.Parse("""{"data": [], "layout": {"title": {"text": "TITLE"}}}""".Replace("TITLE", title.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Equal(expected, figure.Title());
    }
}
