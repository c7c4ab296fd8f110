using System.Text;
using System.Text.RegularExpressions;

namespace EGov.Cli;

/// <summary>
/// Writes a file in one step: a temporary file beside it (<c>NAME.PID-N.tmp</c>), flushed to disk and renamed into place,
/// so a reader never sees half a file and a crash leaves the old file or the new one. A temporary file left by a killed
/// process is recognised by <see cref="IsTemporaryOf"/> (the output folders' manifests remove them with their file).
/// </summary>
internal static partial class AtomicFile
{
    private static int counter;

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/>.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var temporary = TemporaryFor(full);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write)) // a leftover of a killed process of the same id is replaced
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// Has <paramref name="write"/> write the file at the temporary path it is given (e.g. a browser printing a PDF), then
    /// renames it into place; nothing is renamed when <paramref name="write"/> throws or writes nothing.
    /// </summary>
    public static async Task WriteAsync(string path, Func<string, Task> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = TemporaryFor(full);
        try
        {
            await write(temporary);
            if (!File.Exists(temporary)) throw new IOException($"nothing was written to {temporary}");
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>True when <paramref name="fileName"/> is a temporary file of <paramref name="target"/> (a file name, no folder).</summary>
    public static bool IsTemporaryOf(string fileName, string target) =>
        fileName.Length > target.Length && fileName.StartsWith(target, StringComparison.Ordinal) && TemporarySuffix().IsMatch(fileName[target.Length..]);

    private static string TemporaryFor(string full) =>
        $"{full}.{Environment.ProcessId}-{Interlocked.Increment(ref counter)}.tmp";

    [GeneratedRegex(@"^\.\d+(-\d+)?\.tmp$")]
    private static partial Regex TemporarySuffix();
}
