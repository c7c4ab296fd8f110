using EGov.Cli.Notebooks;
using EGov.Cli.Run.Cache;
using EGov.Data;

namespace EGov.Cli.Run;

/// <summary>
/// What one <c>egov run</c> will do, checked before anything is touched: the notebooks exist and have distinct file names,
/// the parameters parse, and the output folder is neither a notebook's folder nor one above it and holds no file in the
/// way that an earlier run did not write (<see cref="RunOutput"/>). A problem is one sentence saying what to do (exit 2).
/// </summary>
internal sealed record RunPlan(IReadOnlyList<string> Notebooks, IReadOnlyList<KeyValuePair<string, string>> Parameters, RunOutput Output,
    string CacheFolder, RunOptions Options)
{
    /// <summary>The plan of <paramref name="options"/>, or the reason it is refused.</summary>
    public static (RunPlan? Plan, string? Problem) Check(RunOptions options)
    {
        if (options.Notebooks.Any(string.IsNullOrWhiteSpace)) return (null, "an empty notebook path was given; name notebook files");
        if (string.IsNullOrWhiteSpace(options.Output)) return (null, "--out is empty; name the output folder (e.g. --out artifacts/report)");
        if (options.CacheFolder is { } given && string.IsNullOrWhiteSpace(given)) return (null, "--cache-dir is empty; name a folder or leave the option out");
        var notebooks = options.Notebooks.Length > 0 ? options.Notebooks.Select(Path.GetFullPath).ToList()
            : NotebookCatalog.Numbered(NotebookCatalog.DefaultFolder).ToList();
        if (notebooks.Count == 0) return (null, "no notebooks found (expected notebooks/NN-*.ipynb, as in the repository; elsewhere name them: egov run NOTEBOOK.ipynb...)");
        var missing = notebooks.Where(n => FileStatus.Of(n, follow: true).Kind == EntryKind.Missing).ToList();
        if (missing.Count > 0) return (null, $"no such notebook: {string.Join(", ", missing.Select(Printable.Escape))}");
        if (notebooks.Select(n => (Path: n, Kind: Kind(n))).FirstOrDefault(n => n.Kind is not null) is { Kind: { } kind } odd)
            return (null, $"the notebook {Printable.Escape(odd.Path)} is {kind}, not a saved notebook file; name .ipynb files. Nothing was run");
        notebooks = notebooks.Distinct(StringComparer.Ordinal).ToList();
        if (SameNames(notebooks) is { } same) return (null, same);
        if (options.Parameters.Length > 0 && notebooks.Count != 1) return (null, "--param applies to one notebook; name exactly one");
        IReadOnlyList<KeyValuePair<string, string>> pairs;
        try { pairs = NotebookParameters.ParsePairs(options.Parameters); NotebookParameters.Check(notebooks[0], pairs); }
        catch (ParameterException e) { return (null, e.Message); }
        if (options.Parallel < 1 || options.Timeout <= TimeSpan.Zero) return (null, "--parallel and --timeout must be at least 1");
        if (options.MemoryLimitMB is < 0 or > 0 and < WorkerMemoryCap.SmallestMB)
            return (null, $"{WorkerMemoryCap.Option} must be 0 (no cap) or at least {WorkerMemoryCap.SmallestMB} MB");

        var output = Path.GetFullPath(options.Output);
        if (SourceProblem(output, notebooks) is { } source) return (null, source);
        var cache = Path.GetFullPath(options.CacheFolder ?? ExecutionCache.DefaultFolder(Path.GetDirectoryName(notebooks[0])!, output));
        if (FileStatus.Of(cache, follow: true).Kind is not (EntryKind.Missing or EntryKind.Directory))
            return (null, $"the execution cache {Printable.Escape(cache)} is {Kind(cache) ?? "a file"}, not a folder; give --cache-dir a folder (new or one the cache wrote). Nothing was run");
        if (ExecutionCache.ForeignEntries(cache) is { Count: > 0 } foreign)
            return (null, $"the execution cache folder {Printable.Escape(cache)} holds files the cache did not write ({string.Join(", ", foreign.Take(5).Select(Printable.Escape))}" +
                          $"{(foreign.Count > 5 ? $" and {foreign.Count - 5} more" : "")}), and the cache removes old entries and temporary files in its folder; " +
                          "give --cache-dir a folder of its own (new or empty). Nothing was run");
        if (RealPath.Of(cache) == RealPath.Of(output))
            return (null, $"the execution cache and --out are one folder ({Printable.Escape(output)}); give the cache a folder of its own (--cache-dir)");
        var (folder, problem) = RunOutput.Open(output, notebooks, options.Pdf);
        return problem is not null ? (null, problem) : (new RunPlan(notebooks, pairs, folder!, cache, options), null);
    }

    /// <summary>What <paramref name="path"/> is when it is not a regular file ("a folder", "a named pipe", ...), null for a regular file.</summary>
    private static string? Kind(string path)
    {
        var status = FileStatus.Of(path, follow: true);
        return status.Kind switch
        {
            EntryKind.Regular or EntryKind.Missing => null,
            EntryKind.Directory => "a folder",
            EntryKind.Unreadable => $"unreadable ({status.Problem})",
            _ => status.TypeName,
        };
    }

    /// <summary>Two notebooks whose executed copies would have one name (compared ignoring case and composition, as some file systems do).</summary>
    private static string? SameNames(IReadOnlyList<string> notebooks)
    {
        // Compared ignoring case and Unicode composition ("é" as one code point or as "e" and a combining accent): file
        // systems that fold either (macOS, Windows) would make the two executed copies one file.
        var clash = notebooks.GroupBy(n => EGov.Data.LatinComposition.Compose(Path.GetFileName(n)).ToUpperInvariant(), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return clash is null ? null
            : $"{string.Join(" and ", clash.Select(Printable.Escape))} have the same file name, so their executed copies and pages in --out would be one file; " +
              "rename one, or run them into separate --out folders. Nothing was run";
    }

    /// <summary>Why <paramref name="output"/> may not take the run's files because of where the notebooks are (null when it may).</summary>
    private static string? SourceProblem(string output, IReadOnlyList<string> notebooks)
    {
        if (FileStatus.Of(output, follow: true).Kind is not (EntryKind.Missing or EntryKind.Directory))
            return $"cannot write the output folder {Printable.Escape(output)}: it is {Kind(output) ?? "a file"}; choose a folder for the run's files (e.g. --out artifacts/report)";
        var real = RealPath.Of(output);
        foreach (var notebook in notebooks)
        {
            var folder = RealPath.Of(Path.GetDirectoryName(notebook)!);
            if (folder == real)
                return $"--out {Printable.Escape(output)} is the folder of the notebook {Printable.Escape(notebook)}: the executed copy would replace it. " +
                       $"Write the run somewhere else, e.g. --out {Printable.Escape(Path.Combine(Path.GetDirectoryName(notebook)!, "executed"))}. Nothing was changed";
            if (folder.StartsWith(real.TrimEnd('/') + "/", StringComparison.Ordinal))
                return $"--out {Printable.Escape(output)} holds the notebook {Printable.Escape(notebook)} (in a folder below it): a run never writes over its sources. " +
                       "Choose an output folder that is not above the notebooks, e.g. --out artifacts/report. Nothing was changed";
            // A notebook that is (through a link) a file inside --out, e.g. a link to an earlier run's executed copy: the
            // run would replace the file it reads.
            if (RealPath.Of(notebook).StartsWith(real.TrimEnd('/') + "/", StringComparison.Ordinal))
                return $"the notebook {Printable.Escape(notebook)} is the file {Printable.Escape(RealPath.Of(notebook))} in --out {Printable.Escape(output)}: the run would replace the file it reads. " +
                       "Copy it out of --out first, or choose another output folder. Nothing was changed";
        }
        return null;
    }
}
