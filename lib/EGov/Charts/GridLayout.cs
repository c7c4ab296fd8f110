using Plotly.NET;
using Plotly.NET.LayoutObjects;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

/// <summary>
/// The frame of a chart made of small panels in a grid of two columns (row by row): the title with its subtitle, one title per
/// panel, the same axis titles and y range on every panel, and the source line (plus an optional note) at the bottom.
/// </summary>
internal sealed record GridLayout(string Title, string Subtitle, IReadOnlyList<string> PanelTitles, string XTitle, string YTitle, IReadOnlyList<int> Editions)
{
    /// <summary>A second line under the source line, e.g. the methodology caveat.</summary>
    public string? Note { get; init; }

    /// <summary>A fixed y range on every panel.</summary>
    public (double Min, double Max)? YRange { get; init; }

    public GenericChart Apply(IReadOnlyList<GenericChart> panels)
    {
        var rows = (panels.Count + 1) / 2;
        var chart = Chart.Grid<IEnumerable<string>, IEnumerable<GenericChart>>(rows, 2, Some<IEnumerable<string>>(PanelTitles), null, null, null, null, null, null,
                Some(StyleParam.LayoutGridPattern.Independent), Some(0.12), Some(0.22), null, null, null)
            .Invoke(panels);
        for (var i = 1; i <= panels.Count; i++)
            chart = chart
                .Apply(XAxis(i > panels.Count - 2 ? XTitle : "", id: i))
                .Apply(YAxis(i % 2 == 1 ? YTitle : "", YRange?.Min, YRange?.Max, id: i));
        // As in ChartLayout: the source line and the note sit at the bottom edge of the figure, below the axis titles.
        var wrapped = Note is { } note ? ChartLayout.Wrap(note, 150) : null;
        var noteHeight = wrapped is null ? 0 : 14 * wrapped.Split("<br>").Length + 4;
        var bottom = 26 + 15 + 24 + 20 + noteHeight + 6;
        var annotations = new List<Annotation> { BottomNote(ChartText.SourceLine(Editions), bottom, 4 + noteHeight) };
        if (wrapped is not null) annotations.Add(BottomNote(wrapped, bottom, 4, 10));
        var height = 330 * rows + 150 + bottom;
        return chart
            .Apply(Chart.withTitle($"{Title}<br><sup>{Subtitle}</sup>", null))
            .Apply(Chart.withAnnotations(annotations, Some(true)))
            .Apply(Chart.withMarginSize<int, int, int, int, int, bool>(null, null, Some(110), Some(bottom), null, null))
            .Apply(Chart.withSize(960.0, height));
    }
}
