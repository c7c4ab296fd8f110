namespace EGov.Cli;

/// <summary>A path with its symbolic links resolved (as far as it exists), to compare folders.</summary>
internal static class RealPath
{
    public static string Of(string path) => Of(path, 0);

    private static string Of(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (depth < 40 && new FileInfo(next).LinkTarget is { } target) next = Of(Path.GetFullPath(target, current), depth + 1);
            current = next;
        }
        return current.Length > 1 ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }
}
