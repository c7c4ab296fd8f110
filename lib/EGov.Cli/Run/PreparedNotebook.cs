using System.Diagnostics;
using EGov.Cli.Notebooks;
using EGov.Cli.Run.Cache;

namespace EGov.Cli.Run;

/// <summary>
/// A notebook as <c>egov run</c> prepares it before anything executes: read and checked, parameters injected (papermill's
/// convention), its references and cache key known. Notebooks that need no kernel are finished here, in the parent
/// process: an unreadable file, a notebook without cells or with bad parameters (failed), and one without code cells
/// (passed, prose only: written out as it is, no process started).
/// </summary>
internal sealed class PreparedNotebook
{
    private PreparedNotebook(string notebook, string executed)
    {
        Notebook = notebook;
        Executed = executed;
    }

    /// <summary>The notebook file (full path).</summary>
    public string Notebook { get; }

    /// <summary>The file name without extension.</summary>
    public string Name => Path.GetFileNameWithoutExtension(Notebook);

    /// <summary>Where the executed notebook goes.</summary>
    public string Executed { get; }

    /// <summary>The notebook to execute, parameters injected (null when it could not be read).</summary>
    public NotebookDocument? Document { get; private set; }

    /// <summary>The result when the notebook needs no kernel (null when it has to be executed).</summary>
    public NotebookResult? Finished { get; private set; }

    /// <summary>What the code loads.</summary>
    public NotebookReferences? References { get; private set; }

    /// <summary>The execution cache key (null when the notebook could not be prepared, or has no key: see <see cref="NotCached"/>).</summary>
    public string? Key { get; private set; }

    /// <summary>Why a prepared notebook has no cache key (e.g. its folder is too large to key), or null.</summary>
    public string? NotCached { get; private set; }

    /// <summary>Reads and prepares <paramref name="notebook"/> for a run writing into <paramref name="output"/> with <paramref name="cache"/>.</summary>
    public static PreparedNotebook Prepare(string notebook, string output, ExecutionCache cache, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var clock = Stopwatch.StartNew();
        var prepared = new PreparedNotebook(notebook, Path.Combine(output, Path.GetFileNameWithoutExtension(notebook) + ".ipynb"));
        File.Delete(prepared.Executed);
        NotebookDocument document;
        try { document = NotebookDocument.Load(notebook); }
        catch (NotebookFormatException e)
        {
            prepared.Finished = new NotebookResult(notebook, RunStatus.Failed, clock.Elapsed.TotalSeconds, null, [], e.Message);
            return prepared;
        }
        prepared.Document = document;
        string? problem = null;
        try { InjectParameters(document, parameters); }
        catch (ParameterException e) { problem = e.Message; }
        if (document.Cells.Count == 0) problem = "the notebook has no cells: nothing to run or show";
        IReadOnlyList<(string Written, string FullPath)> inputs = [];
        try { inputs = NotebookInputs.Of(document); }
        catch (NotebookFormatException e) { problem ??= e.Reason; }
        // A declared input that is not there is a mistake in the notebook (a typo would make the cache key miss the file it reads).
        if (inputs.Select((input, i) => (input, i)).FirstOrDefault(d => FileStatus.Of(d.input.FullPath, follow: true).Kind == EntryKind.Missing) is { input.Written: not null } absent)
            problem ??= $"{NotebookInputs.Where}[{absent.i}] '{RunCommand.Printable(absent.input.Written)}': no such file or folder ({RunCommand.Printable(absent.input.FullPath)})";
        if (problem is not null)
        {
            NotebookMetadata.SetKernel(document);
            document.Save(prepared.Executed);
            prepared.Finished = new NotebookResult(notebook, RunStatus.Failed, clock.Elapsed.TotalSeconds, prepared.Executed, [], problem);
            return prepared;
        }
        prepared.References = NotebookReferences.Of(document, Path.GetDirectoryName(notebook)!);
        (prepared.Key, prepared.NotCached) = CacheKey.Of(document, prepared.References, inputs, [output, cache.Folder]);
        if (prepared.NotCached is { } why) cache.Warn(why);
        if (!document.CodeCells.Any())
        {
            // Prose only: nothing to execute, written out as it is (and stored like any passed notebook, so a second run
            // says "cached" for it too).
            NotebookMetadata.SetKernel(document);
            document.Save(prepared.Executed);
            prepared.Finished = new NotebookResult(notebook, RunStatus.Passed, clock.Elapsed.TotalSeconds, prepared.Executed, [], null) { Note = "no code cells: prose only, nothing executed" };
        }
        return prepared;
    }

    /// <summary>True when outputs taken from the cache have a chart without its static image (stored by a run without Chromium).</summary>
    public bool MissesImages { get; private set; }

    /// <summary>
    /// Finishes this notebook from <paramref name="cache"/> when it holds a sound entry of its key (true); a damaged
    /// entry is a miss with one warning, never an exception.
    /// </summary>
    public bool TryTakeFromCache(ExecutionCache cache)
    {
        if (Key is not { } key) return false;
        var clock = Stopwatch.StartNew();
        try
        {
            if (cache.Find(Name, key) is not { } entry) return false;
            if (TakeFromCache(entry, clock)) return true;
            cache.Warn($"the execution cache entry of {Name}.ipynb does not match its code cells; executing it");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            cache.Warn($"the execution cache entry of {Name}.ipynb could not be used ({e.Message}); executing it");
        }
        Finished = null;
        return false;
    }

    /// <summary>Takes the outputs of a cache entry: writes the executed notebook and finishes this one as passed (cached), in the time on <paramref name="clock"/>.</summary>
    public bool TakeFromCache(CacheEntry entry, Stopwatch clock)
    {
        if (Document is null || !ExecutionCache.Apply(entry, Document)) return false;
        MissesImages = StaticImageStep.MissesImages(Document);
        NotebookMetadata.SetKernel(Document);
        Document.Save(Executed);
        Finished = entry.Result with { Notebook = Notebook, Seconds = clock.Elapsed.TotalSeconds, ExecutedNotebook = Executed, Cached = true };
        return true;
    }

    /// <summary>Writes the notebook to execute where a worker reads it (the worker runs exactly what the key was made of).</summary>
    public string WriteInput(string folder)
    {
        var path = Path.Combine(folder, Name + ".input.ipynb");
        Document!.Save(path);
        return path;
    }

    private static void InjectParameters(NotebookDocument notebook, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (parameters.Count == 0) return;
        var index = notebook.Cells.ToList().FindIndex(c => c.HasTag(NotebookTags.Parameters));
        if (index < 0) throw new ParameterException("the notebook has no cell tagged 'parameters', so it takes no --param");
        var declared = NotebookParameters.Declared(notebook.Cells[index].Source);
        var source = NotebookParameters.InjectedSource(declared, parameters);
        notebook.Insert(index + 1, NotebookCell.Create(CellKind.Code, source, NotebookTags.InjectedParameters));
    }
}
