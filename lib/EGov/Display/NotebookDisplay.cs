using Deedle.Internal;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace EGov.Display;

/// <summary>
/// How the notebooks show frames and charts, registered by one call in every notebook's setup cell:
/// <list type="bullet">
/// <item>Deedle frames and series as compact HTML tables (<see cref="FrameHtml"/>) with a text twin;</item>
/// <item>Plotly.NET and XPlot.Plotly charts as <c>application/vnd.plotly.v1+json</c> (JupyterLab, VS Code and the
/// project's report draw it without network) plus HTML that never fetches anything: the first chart of a session
/// carries plotly.js and the map geometry itself, so classic Jupyter and nbconvert's HTML draw offline too.</item>
/// </list>
/// Works the same in <c>egov run</c> and in the Jupyter kernel.
/// </summary>
public static class NotebookDisplay
{
    private static int charts;

    /// <summary>Registers the formatters (again, after a kernel's formatters were reset); the next chart brings plotly.js.</summary>
    public static void Register()
    {
        Interlocked.Exchange(ref charts, 0);
        Formatter.Register<IFsiFormattable>((value, writer) => writer.Write(FrameHtml.Of(value)), HtmlFormatter.MimeType);
        Formatter.Register<IFsiFormattable>((value, writer) => writer.Write(value.Format()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(IFsiFormattable), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        RegisterChart<GenericChart>(PlotlyFigure.Of);
        RegisterChart<XPlot.Plotly.PlotlyChart>(PlotlyFigure.Of);
    }

    private static void RegisterChart<T>(Func<T, PlotlyFigure> figure) where T : class
    {
        Formatter.Register<T>((chart, writer) => writer.Write(figure(chart).ToJson()), PlotlyFigure.MimeType);
        Formatter.Register<T>((chart, writer) =>
        {
            var number = Interlocked.Increment(ref charts);
            writer.Write(figure(chart).ToHtml($"egov-chart-{Environment.ProcessId}-{number}", includePlotlyJs: number == 1));
        }, HtmlFormatter.MimeType);
        Formatter.Register<T>((chart, writer) => writer.Write("Chart: " + (figure(chart).Title() ?? typeof(T).Name)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), PlotlyFigure.MimeType, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
