using System.Collections.Concurrent;
using System.Security.Cryptography;
using EGov.Data.Storage;

namespace EGov.Cli.Run.Cache;

/// <summary>
/// What the cache key says about one file, read with the importer's rules (<see cref="BoundedFile"/>): a regular file
/// of up to <see cref="HashedUpTo"/> is hashed by content (SHA-256; read once per run), a larger one, or any file once
/// <see cref="HashedPerRun"/> bytes were hashed, by its <see cref="FileStatus.Identity"/> (size, mtime, ctime, inode:
/// they change on every write). A named pipe, socket or device is never opened: it is described by its kind only (what
/// it delivers is outside the key, like the clock). Links are followed (a notebook reads through them).
/// </summary>
internal static class FileHashes
{
    /// <summary>The largest file hashed by content.</summary>
    public const long HashedUpTo = 16L * 1024 * 1024;

    /// <summary>Bytes hashed by content in one run at most; later files are keyed by identity.</summary>
    public const long HashedPerRun = 512L * 1024 * 1024;

    private static readonly ConcurrentDictionary<(string, string), string> Known = new();
    private static long hashed;

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
        if (Interlocked.Add(ref hashed, status.Size) > HashedPerRun) return "not hashed " + status.Identity;
        var (bytes, _, reason) = BoundedFile.Read(path, HashedUpTo);
        return bytes is null ? $"unreadable {status.Identity}: {reason}" : Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
