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

    /// <summary>True for a logarithmic x axis (<see cref="XRange"/> then in log10 units, as plotly takes it).</summary>
    public bool XLog { get; init; }

    /// <summary>Lines of x tick labels beyond those of <see cref="XTicks"/> and <see cref="XCategories"/> (e.g. a multicategory axis's group labels).</summary>
    public int ExtraTickLines { get; init; }

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

    /// <summary>Further annotations (e.g. labels placed by the chart).</summary>
    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    /// <summary>Chart height in pixels (the figure grows by what a long note needs).</summary>
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
        // The bottom margin in pixels, from the top: tick labels (one line each, more for multi-line category labels), the
        // axis title, then the source line and the note's lines, which sit at the bottom edge of the figure whatever its height.
        var tickLines = Math.Max(
            XTicks?.Max(t => t.Text.Split("<br>").Length) ?? 1,
            XCategories?.Max(c => c.Split("<br>").Length) ?? 1) + ExtraTickLines;
        var axisSpace = 26 + 15 * tickLines + (XTitle.Length > 0 ? 24 : 0);
        var wrapped = Note is { } note ? Wrap(note, 150) : null;
        var noteLines = wrapped?.Split("<br>").Length ?? 0;
        var noteHeight = noteLines == 0 ? 0 : 14 * noteLines + 4;
        var bottom = axisSpace + 20 + noteHeight + 6;
        var annotations = new List<Annotation> { BottomNote(ChartText.SourceLine(Editions), bottom, 4 + noteHeight) };
        if (wrapped is not null) annotations.Add(BottomNote(wrapped, bottom, 4, 10));
        annotations.AddRange(Annotations);
        // The plot keeps its height: what the bottom margin needs beyond 110 pixels is added to the figure.
        var extra = Math.Max(0, bottom - 110);
        // A long title or subtitle is wrapped (title about 8.5 pixels a character at 17 px, subtitle about 6); each further line
        // adds to the top margin.
        var (title, subtitle) = (Wrap(Title, TitleWidth), Wrap(Subtitle, SubtitleWidth));
        var top = 90 + 22 * (title.Split("<br>").Length - 1) + 14 * (subtitle.Split("<br>").Length - 1);
        extra += top - 90;
        return chart
            .Apply(Chart.withTitle($"{title}<br><sup>{subtitle.Replace("<br>", "</sup><br><sup>", StringComparison.Ordinal)}</sup>", null))
            .Apply(XAxis(XTitle, XCategories, XRange?.Min, XRange?.Max, log: XLog))
            .Apply(YAxis(YTitle, YRange?.Min, YRange?.Max, YCategories))
            .Apply(Chart.withAnnotations(annotations, Some(true)))
            .Apply(Chart.withMarginSize<int, int, int, int, int, bool>(null, null, Some(top), Some(bottom), null, null))
            .Apply(Chart.withSize(960.0, Height + extra));
    }

    /// <summary>The characters of a title line and of a subtitle line that fit the chart's width.</summary>
    internal const int TitleWidth = 95, SubtitleWidth = 150;

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
