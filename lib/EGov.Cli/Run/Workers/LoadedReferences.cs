using EGov.Cli.Run;
namespace EGov.Cli.Run.Workers;

/// <summary>
/// The packages and assemblies a worker process has loaded so far, by the notebooks it ran: a notebook that asks for
/// another version of one of them, or for another file of the same assembly name, needs a process of its own.
/// </summary>
internal sealed class LoadedReferences
{
    private readonly Dictionary<string, string> packages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> assemblies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="references"/> load nothing that conflicts with what is loaded.</summary>
    public bool Agree(NotebookReferences references) =>
        references.Packages.All(p => !packages.TryGetValue(p.Key, out var version) || version == p.Value)
        && references.Files.All(f => !assemblies.TryGetValue(Path.GetFileName(f), out var path) || string.Equals(path, f, StringComparison.Ordinal));

    /// <summary>Records what a notebook run in the process loaded.</summary>
    public void Add(NotebookReferences references)
    {
        foreach (var (name, version) in references.Packages) packages[name] = version;
        foreach (var file in references.Files) assemblies[Path.GetFileName(file)] = file;
    }
}
