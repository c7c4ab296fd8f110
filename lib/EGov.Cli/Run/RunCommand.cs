using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using EGov.Cli.Notebooks;
using EGov.Cli.Report;
using EGov.Cli.Run.Cache;
using EGov.Cli.Run.Workers;
using EGov.Cli.Run.Precompile;

namespace EGov.Cli.Run;

/// <summary>
/// <c>egov run [notebooks...]</c>: executes notebooks headless, one child process each (killed on timeout), up to N at a
/// time, into executed notebooks, a JSON run summary and one offline HTML report.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebooks") { Description = "Notebooks to run (default: every notebooks/NN-*.ipynb).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "Output folder.", DefaultValueFactory = _ => Path.Combine("artifacts", "report") };
        var parallel = new Option<int>("--parallel", "-j") { Description = "Notebooks run at once.", DefaultValueFactory = _ => Environment.ProcessorCount }.WholeNumber(1, 1024, "notebooks");
        var timeout = new Option<int>("--timeout") { Description = "Seconds a notebook may run before it is killed.", DefaultValueFactory = _ => 600 }.WholeNumber(1, 7 * 86_400, "seconds");
        var parameters = new Option<string[]>("--param", "-p") { Description = "name=value for the notebook's cell tagged 'parameters' (one notebook only).", DefaultValueFactory = _ => [] };
        var pdf = new Option<bool>("--pdf") { Description = "Also print the report to report.pdf (needs Chromium)." };
        var force = new Option<bool>("--force") { Description = "Execute every notebook, even those whose outputs are in the execution cache (and store the new ones)." };
        var cacheDir = new Option<string?>("--cache-dir") { Description = "The execution cache's folder (default: EGOV_RUN_CACHE, else .cache/egov-run at the repository root)." };
        var isolate = new Option<bool>("--isolate") { Description = "One new process per notebook instead of reusing a warm process per --parallel slot (slower)." };
        var memoryLimit = new Option<int>(WorkerMemoryCap.Option) { Description = $"Megabytes a notebook may use (its process and those it starts) before it is stopped; 0: no cap.", DefaultValueFactory = _ => WorkerMemoryCap.DefaultMB };
        var command = new Command("run", "Execute notebooks headless into executed notebooks (with static chart images), run-summary.json and an offline HTML report.")
        {
            notebooks, output, parallel, timeout, parameters, pdf, force, cacheDir, isolate, memoryLimit,
        };
        command.SetAction((parse, cancel) => RunAsync(new RunOptions(parse.GetValue(notebooks) ?? [], parse.GetValue(output)!, parse.GetValue(parallel),
            TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(parameters) ?? [], parse.GetValue(pdf), parse.GetValue(force),
            parse.GetValue(cacheDir), parse.GetValue(isolate), parse.GetValue(memoryLimit)), cancel));
        return command;
    }

    private static async Task<int> RunAsync(RunOptions options, CancellationToken commandCancel)
    {
        var (requested, output, parallel, timeout, parameters, pdf) = (options.Notebooks, options.Output, options.Parallel, options.Timeout, options.Parameters, options.Pdf);
        // Ctrl+C (SIGINT) and SIGTERM stop every notebook process at once, then the run ends with 130.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(commandCancel);
        void Stop(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true;
            WorkerProcess.KillAll();
            interrupt.Cancel();
        }
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
        var cancel = interrupt.Token;
        var notebooks = requested.Length > 0 ? requested.Select(Path.GetFullPath).ToList() : DefaultNotebooks();
        var missing = notebooks.Where(n => !File.Exists(n)).ToList();
        if (notebooks.Count == 0 || missing.Count > 0)
        {
            await Console.Error.WriteLineAsync(notebooks.Count == 0 ? "egov run: no notebooks found (expected notebooks/NN-*.ipynb)" : $"egov run: no such notebook: {string.Join(", ", missing)}");
            return 2;
        }
        if (parameters.Length > 0 && notebooks.Count != 1)
        {
            await Console.Error.WriteLineAsync("egov run: --param applies to one notebook; name exactly one");
            return 2;
        }
        IReadOnlyList<KeyValuePair<string, string>> pairs;
        try { pairs = NotebookParameters.ParsePairs(parameters); NotebookParameters.Check(notebooks[0], pairs); }
        catch (ParameterException e) { await Console.Error.WriteLineAsync("egov run: " + e.Message); return 2; }

        if (parallel < 1 || timeout <= TimeSpan.Zero)
        {
            await Console.Error.WriteLineAsync("egov run: --parallel and --timeout must be at least 1");
            return 2;
        }
        if (options.MemoryLimitMB is < 0 or > 0 and < WorkerMemoryCap.SmallestMB)
        {
            await Console.Error.WriteLineAsync($"egov run: {WorkerMemoryCap.Option} must be 0 (no cap) or at least {WorkerMemoryCap.SmallestMB} MB");
            return 2;
        }
        output = Path.GetFullPath(output);
        if (OutputProblem(output) is { } problem)
        {
            await Console.Error.WriteLineAsync($"egov run: cannot write the output folder {Printable(output)}: {problem}");
            return 2;
        }
        var progress = new RunProgress(Console.Out, Console.Error, RunProgress.UseColour(), notebooks.Count);
        var started = DateTimeOffset.Now;
        var clock = Stopwatch.StartNew();
        var phases = new RunPhases();
        var cache = new ExecutionCache(options.CacheFolder ?? ExecutionCache.DefaultFolder(Path.GetDirectoryName(notebooks[0])!, output), progress.Warning);

        // Everything that needs no kernel is done here: unreadable notebooks, prose only, outputs from the cache.
        cache.RecallFileHashes();
        var prepared = notebooks.Select(n => PreparedNotebook.Prepare(n, output, cache, pairs)).ToList();
        cache.RememberFileHashes();
        phases.Mark("prepare");
        if (!options.Force)
        {
            // Reading, checking and writing out stored outputs is JSON work on several MB per notebook: on every core.
            Parallel.ForEach(prepared.Where(p => p.Key is not null), notebook => notebook.TryTakeFromCache(cache));
        }
        foreach (var notebook in prepared.Where(p => p.Finished is not null)) progress.Finished(notebook.Finished!);
        var toExecute = prepared.Where(p => p.Finished is null).ToList();
        phases.Mark("from the cache");
        // Static images for what executes now (drawn as each notebook is written), and for cached outputs stored without
        // them (by a run without Chromium).
        var images = StaticImageStep.Start(progress);
        foreach (var notebook in prepared.Where(p => p.MissesImages)) images.Add(notebook.Executed);
        NotebookResult[] executed;
        try
        {
            executed = await new WorkerPool(output, parallel, options.Isolate, timeout, progress, phases, options.MemoryLimitMB)
                .RunAsync(toExecute, result => { if (result.ExecutedNotebook is { } path) images.Add(path); }, cancel);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("egov run: interrupted; the notebooks still running were stopped");
            return 130;
        }
        phases.Mark($"execute ({(WorkerPrecompile.IsCurrent() ? "precompiled" : "JIT")})");
        var byNotebook = toExecute.Zip(executed).ToDictionary(p => p.First, p => p.Second);
        var results = prepared.Select(p => byNotebook.TryGetValue(p, out var r) ? r : p.Finished!).ToArray();

        var imageSummary = await images.CompleteAsync();
        phases.Mark("static images (the rest)");
        StoreInCache(cache, prepared, results, progress);
        phases.Mark("store in the cache");
        var summary = new RunSummary(started, clock.Elapsed.TotalSeconds, results.Count(r => r.Status == RunStatus.Passed), results.Count(r => r.Status != RunStatus.Passed),
            results.Select(r => r with { ExecutedNotebook = r.ExecutedNotebook is null ? null : Path.GetRelativePath(output, r.ExecutedNotebook) }).ToList())
        {
            StaticImages = imageSummary,
        };
        string report;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(output, "run-summary.json"), JsonSerializer.Serialize(summary, RunJson.Options), CancellationToken.None);
            report = ReportSite.Write(output, summary);
            phases.Mark("summary and report");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"egov run: could not write the report into {Printable(output)}: {e.Message}");
            return 2;
        }
        var exit = summary.Failed == 0 ? 0 : 1;
        if (pdf)
        {
            var printed = await ReportPdf.PrintAsync(Path.Combine(output, ReportSite.PrintPage), Path.Combine(output, ReportPdf.FileName));
            if (printed.Error is { } why) { await Console.Error.WriteLineAsync("egov run --pdf: " + why); exit = exit == 0 ? 1 : exit; }
            else progress.Note(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PDF: {printed.Path} ({printed.Seconds:0.0} s)"));
        }
        progress.Done(summary, report);
        // Later runs start their notebook processes from a precompiled copy; made now, in the background, if it is missing.
        if (toExecute.Count > 0 && WorkerPrecompile.StartIfUseful() is { } note) progress.Note(note);
        return exit;
    }

    /// <summary>
    /// Stores the outputs of every notebook that passed in this run, and of cached ones whose images were just added; a
    /// failed or timed-out notebook is never stored.
    /// </summary>
    private static void StoreInCache(ExecutionCache cache, IReadOnlyList<PreparedNotebook> prepared, IReadOnlyList<NotebookResult> results, RunProgress progress)
    {
        string? problem = null;
        foreach (var (notebook, result) in prepared.Zip(results))
        {
            if (notebook.Key is not { } key || result.Status != RunStatus.Passed || result.ExecutedNotebook is not { } path) continue;
            if (result.Cached && !notebook.MissesImages) continue;
            try { problem ??= cache.Store(notebook.Name, key, result, NotebookDocument.Load(path)); }
            catch (NotebookFormatException e) { problem ??= e.Message; }
        }
        if (problem is not null) progress.Note($"execution cache not updated ({Printable(cache.Folder)}): {problem}");
    }

    /// <summary>Why <paramref name="folder"/> cannot take the run's files (null when it can): created if missing, probed with a file.</summary>
    private static string? OutputProblem(string folder)
    {
        try
        {
            if (File.Exists(folder)) return "it is a file";
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".egov-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            Directory.CreateDirectory(Path.Combine(folder, ".results"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return e.Message;
        }
    }

    /// <summary>A path with control characters escaped, for messages.</summary>
    internal static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private static List<string> DefaultNotebooks() => NotebookCatalog.Numbered(NotebookCatalog.DefaultFolder).ToList();
}
