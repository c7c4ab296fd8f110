using System.CommandLine;
using System.Diagnostics;
using EGov.Cli.Notebooks;
using EGov.Cli.Report;
using EGov.Cli.Run.Cache;
using EGov.Cli.Run.Workers;
using EGov.Cli.Run.Precompile;
using EGov.Data;

namespace EGov.Cli.Run;

/// <summary>
/// <c>egov run [notebooks...]</c>: executes notebooks headless in up to <c>--parallel</c> warm worker processes (a new
/// kernel per notebook, a worker killed on timeout; <c>--isolate</c>: a process per notebook) into executed notebooks,
/// static chart images, an offline HTML report and, last, a JSON run summary (see <see cref="RunOutput"/> for what it
/// writes where).
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

    /// <summary>
    /// One run, stage by stage (as papermill's execute_notebook reads): check everything first and refuse before touching
    /// anything; claim the output folder; prepare the notebooks; take what the cache has; execute the rest in worker
    /// processes (static images drawn meanwhile); store new outputs in the cache; write the report, the PDF, and last the
    /// run summary. Ctrl+C or SIGTERM at any stage stops every worker and ends with 130, without a run summary.
    /// </summary>
    private static async Task<int> RunAsync(RunOptions options, CancellationToken commandCancel)
    {
        var (plan, refused) = RunPlan.Check(options);
        if (plan is null) return await FailAsync(refused!, 2);
        using var stop = new RunStop(commandCancel);
        var output = plan.Output;
        var progress = new RunProgress(Console.Out, Console.Error, RunProgress.UseColour(), plan.Notebooks.Count);
        var (started, clock, phases) = (DateTimeOffset.Now, Stopwatch.StartNew(), new RunPhases());
        try
        {
            output.Claim();
            var cache = new ExecutionCache(plan.CacheFolder, progress.Warning);
            var prepared = Prepare(plan, cache, phases);
            if (!options.Force) TakeFromCache(prepared, cache, progress, phases);
            var images = StaticImageStep.Start(progress);
            var results = await ExecuteAsync(plan, prepared, images, progress, phases, stop.Token);
            var imageSummary = await images.CompleteAsync();
            phases.Mark("static images (the rest)");
            StoreInCache(cache, prepared, results, progress);
            phases.Mark("store in the cache");
            stop.Token.ThrowIfCancellationRequested();
            var summary = Summarise(output.Folder, started, clock, results, imageSummary);
            var report = ReportSite.Write(output.Folder, summary);
            phases.Mark("report");
            var exit = await PrintPdfAsync(plan, summary, progress);
            stop.Token.ThrowIfCancellationRequested();
            output.WriteSummary(summary);
            phases.Mark("summary");
            progress.Done(summary, report);
            StartPrecompile(prepared, progress);
            return exit;
        }
        catch (OperationCanceledException)
        {
            return await FailAsync("interrupted; the notebooks still running were stopped (no run-summary.json: the folder holds an unfinished run)", 130);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync($"cannot write the output folder {Printable.Escape(output.Folder)}: {e.Message}", 2);
        }
    }

    /// <summary>Reads every notebook and injects parameters; finishes those that need no kernel (unreadable, prose only).</summary>
    private static List<PreparedNotebook> Prepare(RunPlan plan, ExecutionCache cache, RunPhases phases)
    {
        cache.RecallFileHashes();
        var prepared = plan.Notebooks.Select(n => PreparedNotebook.Prepare(n, plan.Output.Folder, cache, plan.Parameters)).ToList();
        cache.RememberFileHashes();
        phases.Mark("prepare");
        return prepared;
    }

    /// <summary>Finishes the notebooks whose outputs the execution cache holds under their key.</summary>
    private static void TakeFromCache(IReadOnlyList<PreparedNotebook> prepared, ExecutionCache cache, RunProgress progress, RunPhases phases)
    {
        // Reading, checking and writing out stored outputs is JSON work on several MB per notebook: on every core.
        Parallel.ForEach(prepared.Where(p => p.Key is not null), notebook => notebook.TryTakeFromCache(cache));
        phases.Mark("from the cache");
    }

    /// <summary>
    /// Executes the notebooks not finished yet in the worker pool; hands every executed notebook to the image step as it
    /// is written (and cached ones stored without images). Results in the order of <paramref name="prepared"/>.
    /// </summary>
    private static async Task<NotebookResult[]> ExecuteAsync(RunPlan plan, IReadOnlyList<PreparedNotebook> prepared, StaticImageStep images,
        RunProgress progress, RunPhases phases, CancellationToken cancel)
    {
        foreach (var notebook in prepared.Where(p => p.Finished is not null)) progress.Finished(notebook.Finished!);
        foreach (var notebook in prepared.Where(p => p.MissesImages)) images.Add(notebook.Executed);
        var toExecute = prepared.Where(p => p.Finished is null).ToList();
        var options = plan.Options;
        var executed = await new WorkerPool(plan.Output.Folder, options.Parallel, options.Isolate, options.Timeout, progress, phases, options.MemoryLimitMB)
            .RunAsync(toExecute, result => { if (result.ExecutedNotebook is { } path) images.Add(path); }, cancel);
        phases.Mark($"execute ({(WorkerPrecompile.IsCurrent() ? "precompiled" : "JIT")})");
        var byNotebook = toExecute.Zip(executed).ToDictionary(p => p.First, p => p.Second);
        return prepared.Select(p => byNotebook.TryGetValue(p, out var r) ? r : p.Finished!).ToArray();
    }

    /// <summary>The run summary: counts, and each notebook's result with its executed copy relative to the output folder.</summary>
    private static RunSummary Summarise(string output, DateTimeOffset started, Stopwatch clock, IReadOnlyList<NotebookResult> results, ImageSummary images) =>
        new(started, clock.Elapsed.TotalSeconds, results.Count(r => r.Status == RunStatus.Passed), results.Count(r => r.Status != RunStatus.Passed),
            results.Select(r => r with { ExecutedNotebook = r.ExecutedNotebook is null ? null : Path.GetRelativePath(output, r.ExecutedNotebook) }).ToList())
        {
            StaticImages = images,
        };

    /// <summary>With --pdf, prints the report; the run's exit code (1 when a notebook failed or the PDF could not be made).</summary>
    private static async Task<int> PrintPdfAsync(RunPlan plan, RunSummary summary, RunProgress progress)
    {
        var exit = summary.Failed == 0 ? 0 : 1;
        if (!plan.Options.Pdf) return exit;
        var printed = await ReportPdf.PrintAsync(Path.Combine(plan.Output.Folder, ReportSite.PrintPage), Path.Combine(plan.Output.Folder, ReportPdf.FileName));
        if (printed.Error is { } why)
        {
            await Console.Error.WriteLineAsync("egov run --pdf: " + why);
            return 1;
        }
        progress.Note(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PDF: {printed.Path} ({printed.Seconds:0.0} s)"));
        return exit;
    }

    /// <summary>Later runs start their worker processes from a precompiled copy: made now, in the background, if it is missing.</summary>
    private static void StartPrecompile(IReadOnlyList<PreparedNotebook> prepared, RunProgress progress)
    {
        if (prepared.Any(p => p.Finished is null) && WorkerPrecompile.StartIfUseful() is { } note) progress.Note(note);
    }

    private static async Task<int> FailAsync(string message, int exit)
    {
        await Console.Error.WriteLineAsync("egov run: " + message);
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
        if (problem is not null) progress.Note($"execution cache not updated ({Printable.Escape(cache.Folder)}): {problem}");
    }
}
