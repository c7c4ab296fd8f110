using System.Text.Json;
using EGov.Cli.Notebooks;
using EGov.Cli.Report;
using EGov.Data;

namespace EGov.Cli.Run;

/// <summary>
/// The output folder of <c>egov run</c>. The folder may hold other files: a run writes only the files it names
/// (<see cref="Planned"/>), lists them in <c>.egov-run-files</c> before creating them, and at its start removes the files
/// the previous run listed there, <c>run-summary.json</c> first. A file in the way that no run wrote (a user's
/// <c>index.html</c>) refuses the run before anything is touched. So after any stop the folder holds this run's files
/// and the user's, and <c>run-summary.json</c> (written last) only beside the notebooks of its own run.
/// </summary>
internal sealed class RunOutput
{
    /// <summary>The manifest of the run's files in the output folder.</summary>
    public const string ManifestName = ".egov-run-files";

    /// <summary>The run summary, the last file a run writes.</summary>
    public const string SummaryFile = "run-summary.json";

    /// <summary>The folder of the workers' inputs and result files.</summary>
    public const string ResultsFolder = ".results";

    private static readonly string[] SiteFiles = [SummaryFile, ReportSite.IndexPage, ReportSite.PrintPage, "assets/plotly.js", "assets/report.css"];

    private readonly OwnedFiles owned;
    private readonly IReadOnlyList<string> planned;

    private RunOutput(OwnedFiles owned, IReadOnlyList<string> planned)
    {
        this.owned = owned;
        this.planned = planned;
    }

    /// <summary>The folder (full path).</summary>
    public string Folder => owned.Folder;

    /// <summary>Where the run's files for <paramref name="notebooks"/> would go; the reason they may not, naming the files in the way.</summary>
    public static (RunOutput? Output, string? Problem) Open(string folder, IReadOnlyList<string> notebooks, bool pdf)
    {
        OwnedFiles owned;
        try { owned = OwnedFiles.Read(folder, ManifestName, "egov run"); }
        catch (OwnedFilesException e) { return (null, e.Message); }
        if (!owned.ManifestExists) owned.Adopt(EarlierRun(owned.Folder));
        var planned = Planned(notebooks, pdf);
        var conflicts = owned.Conflicts(planned);
        if (conflicts.Count == 0) return (new RunOutput(owned, planned), null);
        var shown = string.Join(", ", conflicts.Take(5).Select(Printable.Escape)) + (conflicts.Count > 5 ? $" and {conflicts.Count - 5} more" : "");
        return (null, $"--out {Printable.Escape(owned.Folder)} holds {shown}, which egov run did not write (it lists its own files in {ManifestName}) and would have to replace. " +
            "Nothing was changed: move them away, or choose another output folder (a new or empty one)");
    }

    /// <summary>Every file a run of <paramref name="notebooks"/> may write, relative to the output folder.</summary>
    public static IReadOnlyList<string> Planned(IReadOnlyList<string> notebooks, bool pdf)
    {
        var files = new List<string>(SiteFiles);
        if (pdf) files.Add(ReportPdf.FileName);
        var pages = ReportSite.PageNames(notebooks);
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook);
            files.AddRange([name + ".ipynb", pages[notebook], $"{ResultsFolder}/{name}.input.ipynb", $"{ResultsFolder}/{name}.json"]);
        }
        return files;
    }

    /// <summary>
    /// Removes the previous run's files (run-summary.json first, so it never sits beside notebooks of another run) and
    /// lists this run's before any is written.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public void Claim()
    {
        Directory.CreateDirectory(Folder);
        owned.Remove([SummaryFile]);
        owned.Remove();
        owned.Claim(planned);
        Directory.CreateDirectory(Path.Combine(Folder, ResultsFolder));
    }

    /// <summary>Writes the run summary, with each executed notebook's size as it is now: the last file of a run.</summary>
    public void WriteSummary(RunSummary summary)
    {
        var sized = summary with { Notebooks = [.. summary.Notebooks.Select(n => n with { ExecutedBytes = Size(n.ExecutedNotebook) })] };
        AtomicFile.WriteAllText(Path.Combine(Folder, SummaryFile), JsonSerializer.Serialize(sized, RunJson.Options));
    }

    private long? Size(string? executed) =>
        executed is not null && new FileInfo(Path.Combine(Folder, executed)) is { Exists: true } file ? file.Length : null;

    /// <summary>
    /// The files of a run made before runs kept a manifest, as its run-summary.json names them (only those present): what
    /// a folder that an older egov run wrote may have replaced.
    /// </summary>
    private static IEnumerable<string> EarlierRun(string folder)
    {
        RunSummary? summary;
        try { summary = JsonSerializer.Deserialize<RunSummary>(RegularFile.ReadText(Path.Combine(folder, SummaryFile), 64L << 20, "a run summary is JSON"), RunJson.Options); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException) { return []; }
        if (summary?.Notebooks is not { } notebooks) return [];
        var files = new List<string>(SiteFiles) { ReportPdf.FileName };
        foreach (var result in notebooks.Where(n => n?.Notebook is not null))
        {
            var name = Path.GetFileNameWithoutExtension(result.Notebook);
            if (result.ExecutedNotebook is { } executed) files.Add(executed.Replace('\\', '/'));
            files.AddRange([name + ".html", $"{ResultsFolder}/{name}.input.ipynb", $"{ResultsFolder}/{name}.json"]);
        }
        return files.Where(f => OwnedFiles.IsSafeRelative(f) && File.Exists(Path.Combine(folder, f)));
    }
}
