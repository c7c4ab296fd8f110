using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EGov.Data;

namespace EGov.Cli;

/// <summary>
/// <c>egov benchmark load</c>: how long loading the whole panel into a Deedle frame takes, on the first call in a fresh
/// process and warm (the same work repeated in the process, bypassing the cache). Run by bench/load.sh.
/// </summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Warm repetitions (the median is reported).", DefaultValueFactory = _ => 50 };
        var load = new Command("load", "Time Survey.Load() plus building the panel frame: first call and warm median.") { runs };
        load.SetAction(parse => Load(parse.GetValue(runs)));
        return new Command("benchmark", "Measure the library's speed (see bench/).") { load };
    }

    private static int Load(int runs)
    {
        var first = Stopwatch.StartNew();
        var rows = Survey.Load().Panel.RowCount;
        first.Stop();

        var warm = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var dataset = CanonicalReader.Read(DatasetStore.EmbeddedFiles(), "(embedded) ");
            var frameRows = Survey.FromDataset(dataset).Panel.RowCount;
            watch.Stop();
            if (frameRows != rows) throw new InvalidOperationException("The warm run built a different frame.");
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }
        warm.Sort();
        var median = warm[warm.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"panel rows={rows} first_call_ms={first.Elapsed.TotalMilliseconds:0.0} warm_median_ms={median:0.00} warm_min_ms={warm[0]:0.00} warm_max_ms={warm[^1]:0.00} runs={runs}"));
        return 0;
    }
}
