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
/// <item>numbers, booleans, characters and enums as text only, like strings (.NET Interactive's HTML for them carries a
/// 600-byte style sheet for its object trees in every output).</item>
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
