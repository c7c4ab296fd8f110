using Plotly.NET;
using Plotly.NET.LayoutObjects;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

/// <summary>The frame every chart shares: title with subtitle, axis titles, size, and the source line (plus an optional note) at the bottom.</summary>
internal sealed record ChartLayout(string Title, string Subtitle, string XTitle, string YTitle, IReadOnlyList<int> Editions)
{
    /// <summary>A second line under the source line, e.g. the methodology caveat.</summary>
    public string? Note { get; init; }

    /// <summary>The x categories in display order, when the x axis is categorical.</summary>
    public IReadOnlyList<string>? XCategories { get; init; }

    /// <summary>The y categories in display order (top to bottom is the reverse for plotly).</summary>
    public IReadOnlyList<string>? YCategories { get; init; }

    /// <summary>A fixed x range.</summary>
    public (double Min, double Max)? XRange { get; init; }

    /// <summary>A fixed y range.</summary>
    public (double Min, double Max)? YRange { get; init; }

    /// <summary>Tick positions and their labels on the x axis (e.g. editions with a second line), replacing plotly's own ticks.</summary>
    public IReadOnlyList<(double Value, string Text)>? XTicks { get; init; }

    /// <summary>True to set plotly's boxmode "group", so box traces sharing x categories stand side by side.</summary>
    public bool BoxGroups { get; init; }

    /// <summary>True to keep the x tick labels upright in a smaller font (plotly would rotate long category labels).</summary>
    public bool UprightXLabels { get; init; }

    /// <summary>True to show the legend (plotly shows it only with two traces or more otherwise).</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>True to draw the y axis reversed (rank 1 at the top).</summary>
    public bool YReversed { get; init; }

    /// <summary>Chart height in pixels.</summary>
    public int Height { get; init; } = 600;

    public GenericChart Apply(GenericChart chart)
    {
        if (YReversed)
        {
            var axis = new LinearAxis();
            axis.SetProperty("autorange", "reversed");
            chart = chart.Apply(Chart.withYAxis(axis, null));
        }
        if (XTicks is { } ticks)
        {
            var axis = new LinearAxis();
            axis.SetProperty("tickmode", "array");
            axis.SetProperty("tickvals", ticks.Select(t => t.Value).ToArray());
            axis.SetProperty("ticktext", ticks.Select(t => t.Text).ToArray());
            chart = chart.Apply(Chart.withXAxis(axis, null));
        }
        if (UprightXLabels)
        {
            var axis = new LinearAxis();
            axis.SetProperty("tickangle", 0);
            var font = new DynamicObj.DynamicObj();
            font.SetProperty("size", 10);
            axis.SetProperty("tickfont", font);
            chart = chart.Apply(Chart.withXAxis(axis, null));
        }
        if (ShowLegend is not null || BoxGroups)
        {
            var layout = new Layout();
            if (ShowLegend is { } legend) layout.SetProperty("showlegend", legend);
            if (BoxGroups) layout.SetProperty("boxmode", "group");
            chart = chart.Apply(Chart.withLayout(layout));
        }
        // Two-line tick labels push the axis title down; the source line and the note follow it.
        var drop = XTicks?.Any(t => t.Text.Contains("<br>", StringComparison.Ordinal)) == true ? 0.05 : 0;
        var annotations = new List<Annotation> { PaperNote(ChartText.SourceLine(Editions), -0.16 - drop) };
        var wrapped = Note is { } note ? Wrap(note, 150) : null;
        if (wrapped is not null) annotations.Add(PaperNote(wrapped, -0.21 - drop, 10));
        // Two note lines fit the margin of 160; every further line (a long list of flagged values left out) adds 14 pixels
        // to the margin and to the height, so the plot keeps its size.
        var extra = wrapped is null ? 0 : 14 * Math.Max(0, wrapped.Split("<br>").Length - 2);
        return chart
            .Apply(Chart.withTitle($"{Title}<br><sup>{Subtitle}</sup>", null))
            .Apply(XAxis(XTitle, XCategories, XRange?.Min, XRange?.Max))
            .Apply(YAxis(YTitle, YRange?.Min, YRange?.Max, YCategories))
            .Apply(Chart.withAnnotations(annotations, Some(true)))
            .Apply(Chart.withMarginSize<int, int, int, int, int, bool>(null, null, Some(90), Some((Note is null ? 110 : 160) + extra + (int)(drop * 400)), null, null))
            .Apply(Chart.withSize(960.0, Height + extra));
    }

    internal static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                lines.Add(line);
                line = "";
            }
            line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join("<br>", lines);
    }
}
