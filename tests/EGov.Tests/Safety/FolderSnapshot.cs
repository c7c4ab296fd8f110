using System.Security.Cryptography;

namespace EGov.Tests.Safety;

/// <summary>Every file (with its bytes' hash) and folder under a folder, to check that a command left it byte-identical.</summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, path);
            var info = new FileInfo(path);
            var kind = Directory.Exists(path) ? "folder"
                : EGov.Cli.Run.Cache.FileStatus.Of(path, follow: true).Kind == EGov.Cli.Run.Cache.EntryKind.Regular ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))
                : "special, missing or unreadable"; // a named pipe (reading it would block), a device, a socket, a dangling link
            entries[relative] = info.LinkTarget is { } target ? $"link to {target}: {kind}" : kind;
        }
        return entries;
    }

    /// <summary>A folder of a user's own files, nested: what no command may touch.</summary>
    public static void WriteUserFiles(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub", "deeper"));
        File.WriteAllText(Path.Combine(folder, "important.txt"), "my notes, not egov's\n");
        File.WriteAllText(Path.Combine(folder, "sub", "thesis.tex"), "\\documentclass{article}\n");
        File.WriteAllBytes(Path.Combine(folder, "sub", "deeper", "data.bin"), [0, 1, 2, 255]);
        File.WriteAllText(Path.Combine(folder, ".hidden"), "hidden\n");
    }

    /// <summary>The entries of <paramref name="after"/> that are also in <paramref name="before"/> must be identical, and none may be missing.</summary>
    public static void AssertKept(SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        foreach (var (path, hash) in before)
        {
            Assert.True(after.TryGetValue(path, out var now), $"{path} was removed");
            Assert.True(now == hash, $"{path} was changed");
        }
    }
}
