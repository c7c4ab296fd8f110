using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Deedle;
using EGov;
using EGov.Analysis;
using EGov.Data;
using EGov.Benchmarks;
using EGov.Data.Csv;

// The data benchmark (bench/data.sh, docs/performance.md):
//   warm   [--quick]  BenchmarkDotNet, in-process: the whole load (parse + validate + panel frame) plus a regional group-by
//   phases [runs]     Stopwatch breakdown of the same work, median per phase
//   load   [runs]     first call in a fresh process and warm median of Survey.Load() plus the panel frame (bench/load.sh)
//   cold              once, as a fresh process would: Survey.Load(), the panel, the group-by (prints the group means)
//   check             the warm workload once (prints the group means, to compare with pandas)
//   verify            the current frame builder against the previous one: equal frames
//   charts [rounds]   per-chart display time: every chart the library makes, formatted as a notebook displays it (bench/charts.sh)
var mode = args.Length > 0 ? args[0] : "warm";
switch (mode)
{
    case "load":
        return LoadTiming.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50);
    case "cold":
        Console.WriteLine(Workload.Format(Workload.RegionMeans(Survey.Load().Panel)));
        return 0;
    case "verify":
        return EGov.Benchmarks.Verify.Run();
    case "charts":
        return ChartDisplay.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    case "check":
        Console.WriteLine(Workload.Format(new LoadBenchmarks().LoadValidateFrameGroupBy()));
        return 0;
    case "phases":
        Phases.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50);
        return 0;
    case "warm":
        var quick = args.Contains("--quick");
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(quick ? 3 : 5).WithIterationCount(quick ? 10 : 20);
        var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run<LoadBenchmarks>(config);
        foreach (var report in summary.Reports)
            if (report.ResultStatistics is { } stats)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"RESULT {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} median_ms={stats.Median / 1e6:0.000} mean_ms={stats.Mean / 1e6:0.000} n={stats.N}"));
        return 0;
    default:
        Console.Error.WriteLine("usage: EGov.Benchmarks warm [--quick] | phases [runs] | load [runs] | cold | check | verify | charts [rounds]");
        return 2;
}

/// <summary>The measured work, shared by every mode.</summary>
internal static class Workload
{
    public const int Edition = 2024;

    /// <summary>The real parse + validate work, bypassing the per-process cache of <see cref="DatasetStore.ReadEmbedded"/>.</summary>
    public static Survey LoadUncached() => Survey.FromDataset(CanonicalReader.Read(DatasetStore.EmbeddedFiles(), "(embedded) "));

    /// <summary>Mean EGDI per region in one edition: a Deedle group-by on the panel (as pandas' groupby("region").mean()).</summary>
    public static Series<string, double> RegionMeans(Frame<Tuple<int, string>, string> panel)
    {
        var egdi = panel.GetColumn<double>(SurveyColumns.Egdi).Where(kv => kv.Key.Item1 == Edition);
        var region = panel.GetColumn<string>(SurveyColumns.Region);
        return egdi.GroupBy(kv => region[kv.Key]).Select(group => Stats.mean(group.Value)).SortByKey();
    }

    public static string Format(Series<string, double> means) =>
        string.Join(" ", means.Observations.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={kv.Value:0.000000}")));
}

/// <summary>In-process warm benchmarks (median of BenchmarkDotNet iterations).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    /// <summary>Parse + validate (checksums included) + panel frame + Deedle group-by: what pandas' read_csv + merge + groupby is compared with.</summary>
    [Benchmark(Baseline = true)]
    public Series<string, double> LoadValidateFrameGroupBy() => Workload.RegionMeans(Workload.LoadUncached().Panel);

    /// <summary>Parse + validate + panel frame only.</summary>
    [Benchmark]
    public int LoadValidateFrame() => Workload.LoadUncached().Panel.RowCount;

    /// <summary>The library's own regional statistics (mean, Gini, Theil, ...) after the same load.</summary>
    [Benchmark]
    public int LoadValidateDisparities() => Workload.LoadUncached().Disparities(SurveyIndex.Egdi, Workload.Edition, Grouping.Region).Groups.Count;

    private SurveyDataset dataset = null!;
    private Dictionary<string, Country> countries = null!;

    /// <summary>The parsed dataset for the frame-only benchmarks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = DatasetStore.ReadEmbedded();
        countries = dataset.Countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
    }

    /// <summary>Only the panel frame, current builder (one shared row index, arrays of known length).</summary>
    [Benchmark]
    public int PanelFrameCurrent() => SurveyFrames.Panel(dataset.Records, countries).RowCount;

    /// <summary>Only the panel frame, the builder before issue 7 (separately keyed series aligned by FrameBuilder.Columns).</summary>
    [Benchmark]
    public int PanelFramePrevious() => PreviousSurveyFrames.Panel(dataset.Records, countries).RowCount;
}

/// <summary>Where the time of a warm load goes: each phase timed separately, median over runs.</summary>
internal static class Phases
{
    public static void Run(int runs)
    {
        var times = new Dictionary<string, List<double>>();
        var gcs = new Dictionary<string, (int, int)>();
        var order = new List<string>();
        for (var i = 0; i < runs + 50; i++)
        {
            var watch = Stopwatch.StartNew();
            var lastAllocated = GC.GetAllocatedBytesForCurrentThread();
            var lastGen0 = GC.CollectionCount(0); var lastGen2 = GC.CollectionCount(2);
            void Lap(string name)
            {
                var elapsed = watch.Elapsed.TotalMilliseconds;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var gen2 = GC.CollectionCount(2); var gen0 = GC.CollectionCount(0);
            gcs[name] = (gcs.GetValueOrDefault(name).Item1 + gen0 - lastGen0, gcs.GetValueOrDefault(name).Item2 + gen2 - lastGen2);
            lastGen0 = gen0; lastGen2 = gen2;
            if (i == runs + 49) Console.WriteLine($"ALLOC {(allocated - lastAllocated) / 1024.0,9:0.0} KB  {name}");
            lastAllocated = allocated;
                watch.Restart();
                if (i < 50) return; // warm-up (tiered compilation)
                if (!times.TryGetValue(name, out var list)) { times[name] = list = []; order.Add(name); }
                list.Add(elapsed);
            }
            var problems = new List<ValidationProblem>();
            var files = DatasetStore.EmbeddedFiles();
            Lap("embedded resources to byte[]");
            var docs = CanonicalFormat.CsvFiles.ToDictionary(n => n, n => CsvDocument.Parse(n, files[n], ',', problems)!);
            Lap("decode UTF-8 + Sep parsing to string fields");
            var countries = CanonicalReader.ReadCountries(docs[CanonicalFormat.CountriesFile], problems);
            var iso3s = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
            var aliases = CanonicalReader.ReadAliases(docs[CanonicalFormat.AliasesFile], iso3s, problems);
            Lap("field parsing: countries, aliases");
            var located = CanonicalReader.ReadRecords(docs[CanonicalFormat.EgdiFile], problems);
            Lap("field parsing: egdi (decimal)");
            problems.AddRange(DatasetRules.Check(located, iso3s, CanonicalFormat.EgdiColumn("egdi"), new HashSet<string>()));
            Lap("dataset rules");
            problems.AddRange(DataPackageManifest.VerifyChecksums("datapackage.json", files[CanonicalFormat.ManifestFile], files));
            Lap("sha256 checksums");
            var dataset = new SurveyDataset(located.Select(l => l.Value).ToList(), countries, aliases,
                DataPackageManifest.ReadEditionSources(files[CanonicalFormat.ManifestFile]));
            Lap("manifest sources, dataset");
            var survey = Survey.FromDataset(dataset);
            Lap("Survey (country index, AliasBook)");
            var panel = survey.Panel;
            Lap("Deedle panel frame");
            Workload.RegionMeans(panel);
            Lap("Deedle group-by");
            if (problems.Count > 0) throw new InvalidOperationException("unexpected problems");
            Workload.LoadUncached();
            Lap("(check) CanonicalReader.Read + Survey");
        }
        foreach (var (name, (g0, g2)) in gcs) if (g0 > 0) Console.WriteLine($"GC gen0={g0} gen2={g2} during {name}");
        var total = 0.0;
        foreach (var name in order)
        {
            var median = Median(times[name]);
            if (!name.StartsWith('(')) total += median;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PHASE {median,8:0.000} ms  {name}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PHASE {total,8:0.000} ms  sum of the medians (runs={runs})"));
    }

    private static double Median(List<double> xs)
    {
        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[xs.Count / 2 - 1] + xs[xs.Count / 2]) / 2;
    }
}
