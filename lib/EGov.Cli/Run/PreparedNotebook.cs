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

    /// <summary>The execution cache key (null when the notebook could not be prepared).</summary>
    public string? Key { get; private set; }

    /// <summary>Reads and prepares <paramref name="notebook"/> for a run writing into <paramref name="output"/> with its cache in <paramref name="cacheFolder"/>.</summary>
    public static PreparedNotebook Prepare(string notebook, string output, string cacheFolder, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var clock = Stopwatch.StartNew();
        var prepared = new PreparedNotebook(notebook, Path.Combine(output, Path.GetFileNameWithoutExtension(notebook) + ".ipynb"));
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
        if (problem is not null)
        {
            NotebookMetadata.SetKernel(document);
            document.Save(prepared.Executed);
            prepared.Finished = new NotebookResult(notebook, RunStatus.Failed, clock.Elapsed.TotalSeconds, prepared.Executed, [], problem);
            return prepared;
        }
        prepared.References = NotebookReferences.Of(document, Path.GetDirectoryName(notebook)!);
        prepared.Key = CacheKey.Of(document, prepared.References, [output, cacheFolder]);
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
