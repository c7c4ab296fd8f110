using System.Diagnostics;
using System.Globalization;
using EGov;

/// <summary>
/// <c>EGov.Benchmarks load [runs]</c> (bench/load.sh): how long loading the whole panel into a Deedle frame takes, on the first
/// call in a fresh process and warm (the same work repeated in the process, bypassing the per-process cache).
/// </summary>
internal static class LoadTiming
{
    public static int Run(int runs)
    {
        var first = Stopwatch.StartNew();
        var rows = Survey.Load().Panel.RowCount;
        first.Stop();

        var warm = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var frameRows = Workload.LoadUncached().Panel.RowCount;
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
