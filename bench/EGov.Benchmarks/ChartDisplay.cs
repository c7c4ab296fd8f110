using System.Diagnostics;
using System.Globalization;
using EGov.Charts;
using EGov.Display;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace EGov.Benchmarks;

/// <summary>
/// What displaying a chart costs in a notebook (bench/charts.sh): every chart of <see cref="ChartCatalog"/>, made anew for each
/// display as a notebook cell makes it, then formatted in every MIME type the notebook formatters prefer for it
/// (<see cref="NotebookDisplay.Register"/>: what <c>egov run</c> and the kernel write for a displayed chart). Making the
/// chart is not timed. Prints per chart the median wall time and the process's CPU time per display, the bytes of the
/// formatted texts, and the median time of the figure JSON alone (<see cref="ChartOutput.ToFigureJson"/>).
/// </summary>
internal static class ChartDisplay
{
    public static int Run(int rounds)
    {
        var survey = Survey.Load();
        NotebookDisplay.Register();
        var charts = ChartCatalog.All(survey);
        var mimeTypes = Formatter.GetPreferredMimeTypesFor(typeof(GenericChart)).ToArray();
        var walls = charts.ToDictionary(c => c.Name, _ => new List<double>());
        var jsons = charts.ToDictionary(c => c.Name, _ => new List<double>());
        var cpus = charts.ToDictionary(c => c.Name, _ => 0.0);
        var bytes = charts.ToDictionary(c => c.Name, _ => 0L);
        var process = Process.GetCurrentProcess();
        var first = Stopwatch.StartNew();
        Display(charts[0].Make(), mimeTypes);
        var firstMs = first.Elapsed.TotalMilliseconds;
        for (var round = 0; round <= rounds; round++)
            foreach (var (name, make) in charts)
            {
                var chart = make();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var size = Display(chart, mimeTypes);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                if (round == 0) continue; // warm-up: the first display of each kind of chart (JIT)
                walls[name].Add(elapsed);
                cpus[name] += (process.TotalProcessorTime - cpu).TotalMilliseconds;
                bytes[name] = size;
                // The figure JSON alone (Plotly.NET's serialization, ChartOutput.ToFigureJson) of another new chart object.
                var other = make();
                var json = Stopwatch.StartNew();
                ChartOutput.ToFigureJson(other);
                jsons[name].Add(json.Elapsed.TotalMilliseconds);
            }
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Chart display: {charts.Count} charts, {rounds} rounds, MIME types {string.Join(", ", mimeTypes)}; first display in the process {firstMs:0} ms"));
        Console.WriteLine(string.Create(invariant, $"{"chart",-70} {"wall_ms",8} {"cpu_ms",8} {"bytes",9} {"json_ms",8}"));
        foreach (var (name, _) in charts)
            Console.WriteLine(string.Create(invariant, $"{name,-70} {Median(walls[name]),8:0.0} {cpus[name] / rounds,8:0.0} {bytes[name],9} {Median(jsons[name]),8:0.0}"));
        var medianWall = Median(charts.Select(c => Median(walls[c.Name])).ToList());
        var meanCpu = charts.Sum(c => cpus[c.Name]) / rounds / charts.Count;
        Console.WriteLine(string.Create(invariant, $"RESULT per_chart_wall_ms_median={medianWall:0.0} per_chart_cpu_ms_mean={meanCpu:0.0} charts={charts.Count} rounds={rounds}"));
        return 0;
    }

    private static long Display(GenericChart chart, string[] mimeTypes)
    {
        long size = 0;
        foreach (var mimeType in mimeTypes) size += chart.ToDisplayString(mimeType).Length;
        return size;
    }

    private static double Median(List<double> xs)
    {
        var sorted = xs.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
