using System.Text.RegularExpressions;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Run;

/// <summary>
/// What a notebook's code loads besides its own text: packages (<c>#r "nuget: Name, Version"</c>), assemblies
/// (<c>#r "path.dll"</c>) and scripts (<c>#load "path.csx"</c>), relative paths resolved against the notebook's folder.
/// The cache key hashes the files; a worker process only takes notebooks whose packages and assemblies agree with what
/// it has already loaded (a loaded assembly cannot be replaced by another version in the same process).
/// </summary>
internal sealed partial class NotebookReferences
{
    private NotebookReferences(IReadOnlyDictionary<string, string> packages, IReadOnlyList<string> files)
    {
        Packages = packages;
        Files = files;
    }

    /// <summary>Package name (lower case) → the version text as written (empty when none was given).</summary>
    public IReadOnlyDictionary<string, string> Packages { get; }

    /// <summary>Full paths of the assemblies and scripts the code loads, in the order they appear.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The references of every code cell of <paramref name="notebook"/>, whose folder relative paths start from.</summary>
    public static NotebookReferences Of(NotebookDocument notebook, string folder)
    {
        var packages = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var line in notebook.CodeCells.SelectMany(c => c.Source.Split('\n')).Select(l => l.Trim()))
        {
            var match = Directive().Match(line);
            if (!match.Success) continue;
            var target = match.Groups["target"].Value.Trim();
            if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            {
                var parts = target["nuget:".Length..].Split(',', 2, StringSplitOptions.TrimEntries);
                if (parts[0].Length > 0) packages[parts[0].ToLowerInvariant()] = parts.Length > 1 ? parts[1] : "";
            }
            else if (target.Length > 0 && !target.Contains("://", StringComparison.Ordinal))
                files.Add(Path.GetFullPath(target, folder));
        }
        return new NotebookReferences(packages, files);
    }

    [GeneratedRegex("""^#(r|load)\s+"(?<target>[^"]*)"\s*$""")]
    private static partial Regex Directive();
}
