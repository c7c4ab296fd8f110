using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EGov.Data.Storage;

namespace EGov.Cli.Run.Cache;

/// <summary>
/// What the cache key says about one file, read with the importer's rules (<see cref="BoundedFile"/>): a regular file
/// of up to <see cref="HashedUpTo"/> is hashed by content (SHA-256; read once per run), a larger one, or any file once
/// <see cref="HashedPerRun"/> bytes were hashed, by its <see cref="FileStatus.Identity"/> (size, mtime, ctime, inode:
/// they change on every write). A named pipe, socket or device is never opened: it is described by its kind only (what
/// it delivers is outside the key, like the clock). Links are followed (a notebook reads through them).
/// Content hashes are remembered between runs by identity in the cache's <c>file-hashes</c> (as git's index does), so
/// an unchanged file is not read again; a file changed less than <see cref="Settled"/> before it was hashed is not
/// remembered (a second write within the file system's timestamp tick could otherwise keep its identity).
/// </summary>
internal static class FileHashes
{
    /// <summary>The largest file hashed by content.</summary>
    public const long HashedUpTo = 16L * 1024 * 1024;

    /// <summary>Bytes hashed by content in one run at most; later files are keyed by identity.</summary>
    public const long HashedPerRun = 512L * 1024 * 1024;

    /// <summary>Content hashes remembered between runs at most.</summary>
    public const int MostRemembered = 200_000;

    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);
    private const string Magic = "egov-file-hashes 1";

    private static readonly ConcurrentDictionary<(string, string), string> Known = new();
    private static readonly ConcurrentDictionary<string, (string Identity, string Hash)> Remembered = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> Used = new(StringComparer.Ordinal);
    private static long hashed;
    private static int added;

    /// <summary>The key text of the file at <paramref name="path"/> ("missing" when there is none).</summary>
    public static string Of(string path) => Of(path, FileStatus.Of(path, follow: true));

    /// <summary>The key text of a file whose (followed) status is known.</summary>
    public static string Of(string path, FileStatus status) => status.Kind switch
    {
        EntryKind.Missing => "missing",
        EntryKind.Directory => "folder",
        EntryKind.Special => "special (a pipe, socket or device: not read)",
        EntryKind.Unreadable => "unreadable: " + status.Problem,
        _ when status.Size > HashedUpTo => "large " + status.Identity,
        _ => Known.GetOrAdd((path, status.Identity), static (k, s) => Content(k.Item1, s), status),
    };

    private static string Content(string path, FileStatus status)
    {
        if (status.Device != 0 && Remembered.TryGetValue(path, out var known) && known.Identity == status.Identity)
        {
            Used[path] = true;
            return known.Hash;
        }
        if (Interlocked.Add(ref hashed, status.Size) > HashedPerRun) return "not hashed " + status.Identity;
        var (bytes, _, reason) = BoundedFile.Read(path, HashedUpTo);
        if (bytes is null) return $"unreadable {status.Identity}: {reason}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var now = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        // Remembered only when the file was not changed meanwhile and has settled (see the class comment).
        if (status.Device != 0 && now - status.ChangedNs > Settled.Ticks * 100 && FileStatus.Of(path, follow: true).Identity == status.Identity)
        {
            Remembered[path] = (status.Identity, hash);
            Used[path] = true;
            Interlocked.Increment(ref added);
        }
        return hash;
    }

    /// <summary>Reads the hashes remembered in <paramref name="file"/> (a damaged or odd file is ignored: the hashes are computed again).</summary>
    public static void Recall(string file)
    {
        if (FileStatus.Of(file, follow: false).Kind != EntryKind.Regular) return;
        var (bytes, _, _) = BoundedFile.Read(file, 64L << 20);
        if (bytes is null) return;
        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0) return;
        var body = bytes.AsSpan(newline + 1);
        if (Encoding.ASCII.GetString(bytes, 0, newline) != Magic + " " + Convert.ToHexStringLower(SHA256.HashData(body))) return;
        foreach (var line in Encoding.UTF8.GetString(body).Split('\n'))
        {
            // HASH IDENTITY-WITH-SPACES \t PATH
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 66 || line[64] != ' ') continue;
            Remembered.TryAdd(line[(tab + 1)..], (line[65..tab], line[..64]));
        }
    }

    /// <summary>Writes the remembered hashes to <paramref name="file"/> when this run added some (those used in this run first, at most <see cref="MostRemembered"/>).</summary>
    public static void Remember(string file)
    {
        if (Volatile.Read(ref added) == 0) return;
        var text = new StringBuilder();
        foreach (var (path, (identity, hash)) in Remembered.OrderByDescending(r => Used.ContainsKey(r.Key)).Take(MostRemembered))
            if (!path.Contains('\n', StringComparison.Ordinal)) text.Append(hash).Append(' ').Append(identity).Append('\t').Append(path).Append('\n');
        var body = Encoding.UTF8.GetBytes(text.ToString());
        var header = Encoding.ASCII.GetBytes(Magic + " " + Convert.ToHexStringLower(SHA256.HashData(body)) + "\n");
        // Named like the cache's other temporary files, so a run killed here leaves nothing that is never cleaned.
        var temporary = Path.Combine(Path.GetDirectoryName(file)!, string.Create(CultureInfo.InvariantCulture, $".tmp-file-hashes-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(header);
                stream.Write(body);
            }
            File.Move(temporary, file, overwrite: true);
            Interlocked.Exchange(ref added, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (IOException) { /* best effort */ }
        }
    }
}
