using System.Text;
using EGov.Data;

namespace EGov.Cli;

/// <summary>
/// The files a command wrote into a folder, listed in a manifest of its own there (<c>.egov-run-files</c>,
/// <c>.egov-publish-files</c>: one relative path a line), so that the command replaces and removes only those and never a
/// file someone else put in the folder. The manifest is written before the files it lists are created, so after any stop
/// it covers every file the command left. Paths use <c>/</c>; an entry that leaves the folder (<c>..</c>, an absolute
/// path) makes the manifest damaged, and a path through a symbolic link is never written or removed.
/// </summary>
internal sealed class OwnedFiles
{
    private readonly HashSet<string> files;

    private OwnedFiles(string folder, string manifestName, string command, HashSet<string> files, bool manifestExists)
    {
        Folder = folder;
        ManifestName = manifestName;
        Command = command;
        this.files = files;
        ManifestExists = manifestExists;
    }

    /// <summary>The folder (full path).</summary>
    public string Folder { get; }

    /// <summary>The manifest's file name in the folder.</summary>
    public string ManifestName { get; }

    /// <summary>The command that owns the files (for the manifest's first line and for messages).</summary>
    public string Command { get; }

    /// <summary>True when the folder had a manifest.</summary>
    public bool ManifestExists { get; }

    /// <summary>The files listed (relative paths with <c>/</c>).</summary>
    public IReadOnlySet<string> Files => files;

    /// <summary>Reads the manifest of <paramref name="folder"/> (none when the folder or the manifest is missing).</summary>
    /// <exception cref="OwnedFilesException">The manifest is not a regular file, cannot be read, or lists a path outside the folder.</exception>
    public static OwnedFiles Read(string folder, string manifestName, string command)
    {
        folder = Path.GetFullPath(folder);
        var path = Path.Combine(folder, manifestName);
        var info = new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null) return new OwnedFiles(folder, manifestName, command, new HashSet<string>(StringComparer.Ordinal), false);
        if (info.LinkTarget is not null || (info.Attributes & FileAttributes.Directory) != 0)
            throw new OwnedFilesException($"{Printable.Escape(path)} is not a regular file; remove it, or choose another output folder");
        string[] lines;
        try { lines = RegularFile.ReadText(path, 16L << 20, "the list of a command's own files").Split('\n').Select(l => l.TrimEnd('\r')).ToArray(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new OwnedFilesException($"{e.Message}; remove it, or choose another output folder. Nothing was changed"); }
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!IsSafeRelative(line))
                throw new OwnedFilesException($"{Printable.Escape(path)}:{i + 1}: '{Printable.Value(line)}' is not a path inside the folder; the manifest is damaged: " +
                    $"restore it (e.g. from git) or choose another output folder. Nothing was changed");
            set.Add(line);
        }
        return new OwnedFiles(folder, manifestName, command, set, true);
    }

    /// <summary>True for a relative path with <c>/</c> that stays inside its folder (no <c>..</c>, <c>.</c>, empty part, backslash or control character).</summary>
    public static bool IsSafeRelative(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\', StringComparison.Ordinal) && Printable.FirstUnsafe(path) is null
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    /// <summary>The entries of the folder other than the manifest (top level, names only, sorted; empty when the folder is missing).</summary>
    public IReadOnlyList<string> Entries() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName).OfType<string>().Where(n => n != ManifestName).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// The paths of <paramref name="planned"/> that the command may not write: something is there that the manifest does
    /// not list, or the path runs through a symbolic link or a file. Sorted.
    /// </summary>
    public IReadOnlyList<string> Conflicts(IEnumerable<string> planned) =>
        planned.Distinct(StringComparer.Ordinal).Where(p => !IsSafeRelative(p) || ThroughLink(p) || (!files.Contains(p) && Exists(p)))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Takes <paramref name="paths"/> as listed without writing the manifest (files an older version wrote before it kept one).</summary>
    public void Adopt(IEnumerable<string> paths)
    {
        foreach (var path in paths.Where(IsSafeRelative)) files.Add(path);
    }

    /// <summary>Adds <paramref name="paths"/> to the manifest and writes it (atomically): call before creating them.</summary>
    public void Claim(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!IsSafeRelative(path)) throw new ArgumentException($"'{path}' is not a relative path inside the folder", nameof(paths));
            files.Add(path);
        }
        Save();
    }

    /// <summary>
    /// Removes listed files (all when <paramref name="paths"/> is null), with temporary files a killed writer left beside
    /// them, and the folders under <see cref="Folder"/> they leave empty; then writes the manifest without them. A path
    /// that is now a folder, or runs through a link, is left alone (and dropped from the manifest).
    /// </summary>
    public void Remove(IEnumerable<string>? paths = null)
    {
        var removing = (paths ?? files).Where(files.Contains).ToList();
        foreach (var path in removing)
        {
            if (!ThroughLink(path))
            {
                var full = Full(path);
                var info = new FileInfo(full);
                if (info.Exists || info.LinkTarget is not null) File.Delete(full); // a link itself, never its target
                RemoveTemporaries(full);
                RemoveEmptyParents(full);
            }
            files.Remove(path);
        }
        Save();
    }

    /// <summary>The full path of a listed file.</summary>
    public string Full(string relative) => Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The manifest's text for <paramref name="paths"/>: a comment line, then one path a line, sorted (what <see cref="Claim"/> writes).</summary>
    public static string Text(string command, IEnumerable<string> paths)
    {
        var text = new StringBuilder($"# The files `{command}` wrote into this folder: it replaces or removes only these, never anything else here.\n");
        foreach (var path in paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) text.Append(path).Append('\n');
        return text.ToString();
    }

    private void Save()
    {
        Directory.CreateDirectory(Folder);
        AtomicFile.WriteAllText(Path.Combine(Folder, ManifestName), Text(Command, files));
    }

    private bool Exists(string relative)
    {
        var full = Full(relative);
        return File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null;
    }

    /// <summary>True when a folder on the way from <see cref="Folder"/> to the path is a link or a file.</summary>
    private bool ThroughLink(string relative)
    {
        var parts = relative.Split('/');
        var current = Folder;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            current = Path.Combine(current, parts[i]);
            var info = new DirectoryInfo(current);
            if (info.LinkTarget is not null || File.Exists(current)) return true;
            if (!info.Exists) return false;
        }
        return new FileInfo(Full(relative)) is { LinkTarget: not null } || Directory.Exists(Full(relative));
    }

    private static void RemoveTemporaries(string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        if (!Directory.Exists(folder)) return;
        foreach (var candidate in Directory.EnumerateFiles(folder, name + ".*.tmp"))
            if (AtomicFile.IsTemporaryOf(Path.GetFileName(candidate), name)) File.Delete(candidate);
    }

    private void RemoveEmptyParents(string full)
    {
        for (var dir = Path.GetDirectoryName(full); dir is not null && dir.Length > Folder.Length && dir.StartsWith(Folder, StringComparison.Ordinal); dir = Path.GetDirectoryName(dir))
        {
            if (!Directory.Exists(dir) || new DirectoryInfo(dir).LinkTarget is not null || Directory.EnumerateFileSystemEntries(dir).Any()) return;
            Directory.Delete(dir);
        }
    }
}

/// <summary>Why a folder's manifest of owned files cannot be used; the message names the file and what to do.</summary>
internal sealed class OwnedFilesException(string message) : Exception(message);
