using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace EGov.Cli.Run.Cache;

/// <summary>SHA-256 of files, each read once per run (many notebooks load the same EGov.dll).</summary>
internal static class FileHashes
{
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    /// <summary>The lower-case hex SHA-256 of a file's bytes, or "missing" when it cannot be read.</summary>
    public static string Of(string path) => Known.GetOrAdd(path, static p =>
    {
        try
        {
            using var stream = File.OpenRead(p);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "missing"; }
    });
}
