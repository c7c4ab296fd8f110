using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace EGov.Cli.Run.Cache;

/// <summary>
/// The files beside a notebook that its code may read (e.g. notebooks/data/EGOV_DATA_2003-excerpt.csv, read by notebook
/// 07 with a relative path): every file in the notebook's folder and in its subfolders two levels down, except notebooks
/// (each has its own key), hidden entries, build output (bin, obj, artifacts, node_modules) and the folders of the run
/// itself (its output, the execution cache). Files up to 16 MB count
/// by content, larger ones by size and modification time; at most 2,000 files. One hash per folder and run.
/// </summary>
internal static class FolderFingerprint
{
    private const long HashedUpTo = 16L * 1024 * 1024;
    private const int MostFiles = 2_000;
    private static readonly string[] Skipped = ["bin", "obj", "artifacts", "node_modules"];
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    /// <summary>The hash of the files beside notebooks in <paramref name="folder"/> (lower-case hex), <paramref name="excluded"/> folders left out.</summary>
    public static string Of(string folder, IReadOnlyCollection<string> excluded) => Known.GetOrAdd(Path.GetFullPath(folder), root =>
    {
        var text = new StringBuilder();
        var skip = excluded.Select(e => Path.GetFullPath(e).TrimEnd(Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Files(root, 0, skip).Take(MostFiles).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            text.Append(Path.GetRelativePath(root, file)).Append(' ')
                .Append(info.Length <= HashedUpTo ? FileHashes.Of(file) : $"{info.Length} {info.LastWriteTimeUtc.Ticks}").Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    });

    private static IEnumerable<string> Files(string folder, int depth, HashSet<string> skip)
    {
        IEnumerable<string> files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = depth < 2 ? Directory.GetDirectories(folder) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { yield break; }
        foreach (var file in files.Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)))
            yield return file;
        foreach (var sub in folders.Where(d => Path.GetFileName(d) is var name && !name.StartsWith('.') && !Skipped.Contains(name, StringComparer.OrdinalIgnoreCase) && !skip.Contains(d)))
            foreach (var file in Files(sub, depth + 1, skip))
                yield return file;
    }
}
