using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using EGov.Cli.Notebooks;
using EGov.Cli.Run;

namespace EGov.Cli.Run.Cache;

/// <summary>
/// The execution cache's key of a notebook (as jupyter-cache keys on code): a SHA-256 over everything that can change
/// its outputs. That is its code cells, in order (with the injected parameters cell, so parameters are in it); every
/// assembly and script the code loads (<c>#r "x.dll"</c>, <c>#load</c>: the file's hash, and for an assembly its
/// <c>.deps.json</c> and the copy of the same name beside this program, which is the one that runs; e.g.
/// lib/EGov/bin/notebook/EGov.dll with its embedded data); package versions (they are in the
/// <c>#r "nuget:"</c> lines); every file under the notebook's folder at any depth (<see cref="FolderFingerprint"/>:
/// notebooks/data/..., hidden files too); the files and folders it declares in <see cref="NotebookInputs"/> (outside its
/// folder); this program (EGov.Cli.dll and its .deps.json: the kernel's packages); the runtime (.NET version, OS,
/// architecture). Markdown and raw cells, and outputs already in the file, are not in it; nor are undeclared files a
/// notebook reads from elsewhere, the clock or the network (`egov run --force` executes anyway). Files are read with
/// <see cref="FileHashes"/>' rules, so a named pipe or a device never hangs or floods the run.
/// </summary>
internal static class CacheKey
{
    /// <summary>Changes whenever the key's recipe or the stored format changes.</summary>
    public const int Version = 2;

    /// <summary>
    /// The key of a prepared notebook (lower-case hex), or null and why there is none (then it is not cached);
    /// <paramref name="runFolders"/> (output, cache) are not among the files walked.
    /// </summary>
    public static (string? Key, string? Problem) Of(NotebookDocument notebook, NotebookReferences references,
        IReadOnlyList<(string Written, string FullPath)> inputs, IReadOnlyCollection<string> runFolders)
    {
        var (recipe, problem) = Recipe(notebook, references, inputs, runFolders);
        return recipe is null ? (null, problem) : (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipe))), null);
    }

    /// <summary>The text that is hashed: one line per input, readable for debugging (null and why when there is none).</summary>
    public static (string? Recipe, string? Problem) Recipe(NotebookDocument notebook, NotebookReferences references,
        IReadOnlyList<(string Written, string FullPath)> inputs, IReadOnlyCollection<string> runFolders)
    {
        var text = new StringBuilder();
        text.Append("egov-run-cache-key ").Append(Version).Append('\n');
        text.Append("runtime ").Append(Environment.Version).Append(' ').Append(RuntimeInformation.RuntimeIdentifier)
            .Append(' ').Append(RuntimeInformation.OSArchitecture).Append(' ').Append(OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : "other").Append('\n');
        var program = Assembly.GetEntryAssembly()?.Location ?? typeof(CacheKey).Assembly.Location;
        text.Append("program ").Append(FileHashes.Of(program)).Append(' ').Append(FileHashes.Of(Path.ChangeExtension(program, ".deps.json"))).Append('\n');
        var beside = FolderFingerprint.Of(Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!, runFolders);
        if (beside.Hash is null) return (null, beside.Problem);
        text.Append("beside ").Append(beside.Hash).Append('\n');
        foreach (var (written, full) in inputs)
        {
            // A declared folder is walked like the notebook's own (the run's folders are left out below it, not as itself).
            var status = FileStatus.Of(full, follow: true);
            if (status.Kind == EntryKind.Directory)
            {
                var folder = FolderFingerprint.Of(full, runFolders.Where(f => !string.Equals(Path.GetFullPath(f), full, StringComparison.Ordinal)).ToList());
                if (folder.Hash is null) return (null, folder.Problem);
                text.Append("input ").Append(written).Append(" folder ").Append(folder.Hash).Append('\n');
            }
            else text.Append("input ").Append(written).Append(' ').Append(FileHashes.Of(full, status)).Append('\n');
        }
        foreach (var file in references.Files)
        {
            // The file's content, not its path (the #r line is in the code): a copy of the checkout elsewhere keeps its keys.
            text.Append("file ").Append(FileHashes.Of(file));
            if (file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                // The kernel compiles against the file, but an assembly of the same name beside this program (EGov.dll) is
                // the one that runs: the runtime loads the application's own copy first.
                var own = Path.Combine(Path.GetDirectoryName(program)!, Path.GetFileName(file));
                text.Append(' ').Append(FileHashes.Of(Path.ChangeExtension(file, ".deps.json"))).Append(' ').Append(File.Exists(own) ? FileHashes.Of(own) : "-");
            }
            text.Append('\n');
        }
        var number = 0;
        foreach (var cell in notebook.CodeCells)
            text.Append("cell ").Append(++number).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cell.Source)))).Append('\n');
        return (text.ToString(), null);
    }
}
