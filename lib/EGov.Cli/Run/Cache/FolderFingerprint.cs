using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace EGov.Cli.Run.Cache;

/// <summary>The hash of the files a notebook may read, or why there is none (then the notebook is not cached).</summary>
internal sealed record Fingerprint(string? Hash, string? Problem);

/// <summary>
/// The files beside a notebook that its code may read (e.g. notebooks/data/EGOV_DATA_2003-excerpt.csv, read by notebook
/// 07 with a relative path): every entry under the notebook's folder at any depth, hidden ones included, each described
/// by <see cref="FileHashes"/>. Left out are only what the run itself owns or rewrites: its output folder and the
/// execution cache (wherever they are, found by device and inode, so also through a link), folders named <c>.git</c>,
/// and notebooks (<c>*.ipynb</c>: each has its own key; a notebook that reads another names it in
/// <c>metadata.egov.inputs</c>). Links to folders are followed, each folder walked once (a loop ends). At most
/// <see cref="MostEntries"/> entries: a bigger folder gives no key (the notebook executes every run, and the run says
/// why), so a notebook in a home folder cannot make a run walk the disk. Empty folders are not in the key. One walk per
/// folder and run.
/// </summary>
internal static class FolderFingerprint
{
    /// <summary>Files and folders walked at most under one folder.</summary>
    public const int MostEntries = 20_000;

    private static readonly ConcurrentDictionary<string, Fingerprint> Known = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of <paramref name="folder"/>, <paramref name="excluded"/> folders (the run's own) left out.</summary>
    public static Fingerprint Of(string folder, IReadOnlyCollection<string> excluded)
    {
        var root = Path.GetFullPath(folder);
        var skip = excluded.Select(e => FileStatus.Of(e, follow: true)).Where(s => s.Kind == EntryKind.Directory).Select(s => (s.Device, s.Inode)).ToHashSet();
        var memo = root + "\n" + string.Join(",", skip.Order());
        return Known.GetOrAdd(memo, _ =>
        {
            var walk = new Walk(root, skip);
            try { walk.Folder(root); }
            catch (TooManyEntriesException)
            {
                return new Fingerprint(null, $"{RunCommand.Printable(root)} holds more than {MostEntries:N0} files and folders, more than the cache key covers: the notebook executes every run (move it into a smaller folder)");
            }
            // The walk lists the files in order; their contents are hashed on every core.
            var text = new StringBuilder();
            foreach (var line in walk.Files.AsParallel().AsOrdered().Select(f => f.Line + FileHashes.Of(f.Path, f.Status)))
                text.Append(line).Append('\n');
            return new Fingerprint(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), null);
        });
    }

    private sealed class TooManyEntriesException : Exception;

    private sealed class Walk(string root, HashSet<(ulong, ulong)> skip)
    {
        private readonly HashSet<(ulong, ulong)> visited = [];
        private int entries;

        /// <summary>The files found, in order: the start of their line in the key's text, path and status.</summary>
        public List<(string Line, string Path, FileStatus Status)> Files { get; } = [];

        public void Folder(string folder)
        {
            var self = FileStatus.Of(folder, follow: true);
            if (self.Device != 0 && !visited.Add((self.Device, self.Inode)))
            {
                Files.Add((Path.GetRelativePath(root, folder) + " folder seen before ", folder, new FileStatus(EntryKind.Directory, 0, 0, 0, 0, 0)));
                return;
            }
            List<string> names;
            try
            {
                names = Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false })
                    .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Files.Add((Path.GetRelativePath(root, folder) + " unreadable " + self.Identity + " ", folder, new FileStatus(EntryKind.Directory, 0, 0, 0, 0, 0)));
                return;
            }
            foreach (var name in names)
            {
                if (++entries > MostEntries) throw new TooManyEntriesException();
                var path = Path.Combine(folder, name);
                var status = FileStatus.Of(path, follow: true);
                if (status.Kind == EntryKind.Directory)
                {
                    // Folders are not lines of their own (files are, with their paths), so the run creating its cache
                    // folder inside the notebook's folder does not change the key.
                    if (name == ".git" || skip.Contains((status.Device, status.Inode))) continue;
                    Folder(path);
                }
                else if (!name.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                    Files.Add((Path.GetRelativePath(root, path) + " ", path, status));
            }
        }
    }
}
