using Deedle.Internal;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace EGov.Display;

/// <summary>
/// How the notebooks show frames and charts, registered by one call in every notebook's setup cell:
/// <list type="bullet">
/// <item>Deedle frames and series as compact HTML tables (<see cref="FrameHtml"/>) with a text twin;</item>
/// <item>Plotly.NET and XPlot.Plotly charts as <c>application/vnd.plotly.v1+json</c> (JupyterLab, VS Code and the
/// project's report draw it without network) plus HTML that never fetches anything: in a kernel session the first chart
/// carries plotly.js and the map geometry itself (3.7 MB), so classic Jupyter and nbconvert's HTML draw offline too; where
/// <see cref="PlotlyJsVariable"/> is <c>omit</c> (what <c>egov run</c> sets: its notebooks are read by the report, by
/// JupyterLab and VS Code, and on GitHub with their static images) no chart carries it, and the HTML draws only on a page
/// that has plotly.js.</item>
/// <item>numbers, booleans, characters and enums as text only, like strings (.NET Interactive's HTML for them carries a
/// 600-byte style sheet for its object trees in every output).</item>
/// </list>
/// Works the same in <c>egov run</c> and in the Jupyter kernel.
/// </summary>
public static class NotebookDisplay
{
    private static int charts;
    private static bool inlinePlotlyJs = true;

    /// <summary>The environment variable that, set to <c>omit</c>, keeps plotly.js out of every chart's HTML.</summary>
    internal const string PlotlyJsVariable = "EGOV_NOTEBOOK_PLOTLY_JS";

    /// <summary>Registers the formatters (again, after a kernel's formatters were reset); the next chart brings plotly.js (unless <see cref="PlotlyJsVariable"/> is <c>omit</c>).</summary>
    public static void Register()
    {
        Interlocked.Exchange(ref charts, 0);
        inlinePlotlyJs = Environment.GetEnvironmentVariable(PlotlyJsVariable) != "omit";
        Formatter.Register<IFsiFormattable>((value, writer) => writer.Write(FrameHtml.Of(value)), HtmlFormatter.MimeType);
        Formatter.Register<IFsiFormattable>((value, writer) => writer.Write(value.Format()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(IFsiFormattable), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        foreach (var scalar in Scalars) Formatter.SetPreferredMimeTypesFor(scalar, PlainTextFormatter.MimeType);
        RegisterChart<GenericChart>(PlotlyFigure.Of);
        RegisterChart<XPlot.Plotly.PlotlyChart>(PlotlyFigure.Of);
    }

    /// <summary>The values shown as text only: the numeric types, bool, char, enums and Guid.</summary>
    private static readonly Type[] Scalars =
    [
        typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
        typeof(Int128), typeof(UInt128), typeof(nint), typeof(nuint), typeof(float), typeof(double), typeof(decimal), typeof(Half),
        typeof(System.Numerics.BigInteger), typeof(bool), typeof(char), typeof(Enum), typeof(Guid),
    ];

    /// <summary>
    /// The figure of the chart being displayed and its JSON: a display formats one chart in its preferred MIME types one after
    /// another on one thread (plotly JSON, HTML, text), and the figure and its JSON, made by the first, serve the two others
    /// instead of being made three times. The JSON formatter always makes it anew (a chart object changed in place between two displays is seen);
    /// the text formatter, the last, forgets it.
    /// </summary>
    [ThreadStatic]
    private static (object Chart, PlotlyFigure Figure, string Json)? displaying;

    private static void RegisterChart<T>(Func<T, PlotlyFigure> figure) where T : class
    {
        (PlotlyFigure Figure, string Json) Shown(T chart, bool last)
        {
            var current = displaying is { } d && ReferenceEquals(d.Chart, chart) ? (d.Figure, d.Json) : Made(figure(chart));
            displaying = last ? null : (chart, current.Figure, current.Json);
            return current;
        }
        static (PlotlyFigure Figure, string Json) Made(PlotlyFigure made) => (made, made.ToJson());
        Formatter.Register<T>((chart, writer) =>
        {
            displaying = null;
            writer.Write(Shown(chart, last: false).Json);
        }, PlotlyFigure.MimeType);
        Formatter.Register<T>((chart, writer) =>
        {
            var number = Interlocked.Increment(ref charts);
            var (shown, json) = Shown(chart, last: false);
            writer.Write(shown.ToHtml($"egov-chart-{Environment.ProcessId}-{number}", includePlotlyJs: number == 1 && inlinePlotlyJs, json));
        }, HtmlFormatter.MimeType);
        Formatter.Register<T>((chart, writer) => writer.Write("Chart: " + (Shown(chart, last: true).Figure.Title() ?? typeof(T).Name)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), PlotlyFigure.MimeType, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
