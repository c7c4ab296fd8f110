namespace EGov.Data.Storage;

/// <summary>
/// Reads an input file defensively: only a regular file (a device such as /dev/zero, a named pipe or a socket is refused
/// before a byte is read, so a pipe cannot hang the import), and never more than a given number of bytes.
/// </summary>
public static class BoundedFile
{
    /// <summary>Reads a whole regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <returns>The bytes, or <c>null</c> and the problem (rule and a sentence) when the file is refused.</returns>
    public static (byte[]? Bytes, ValidationRule Rule, string Reason) Read(string path, long maxBytes)
    {
        var (bytes, rule, reason, _) = ReadWithStatus(path, maxBytes);
        return (bytes, rule == ValidationRule.MissingInput ? ValidationRule.CannotRead : rule, reason);
    }

    /// <summary>
    /// <see cref="Read"/>, also giving what the open descriptor is (its type, permission bits and size; null where statx is
    /// not used or nothing could be opened). A missing file is <see cref="ValidationRule.MissingInput"/> here.
    /// </summary>
    internal static (byte[]? Bytes, ValidationRule Rule, string Reason, UnixNative.EntryStatus? Status) ReadWithStatus(string path, long maxBytes)
    {
        UnixNative.EntryStatus? status = null;
        try
        {
            using var handle = UnixNative.IsSupported ? UnixNative.OpenForReading(path) : File.OpenHandle(path);
            var expected = 0L;
            if (UnixNative.IsSupported)
            {
                var known = UnixNative.StatusOf(handle);
                status = known;
                if (known.Type == UnixNative.EntryType.Directory) return (null, ValidationRule.NotARegularFile, "a folder, not a file", status);
                if (known.Type != UnixNative.EntryType.Regular)
                    return (null, ValidationRule.NotARegularFile, "not a regular file (a device, named pipe or socket); give a saved CSV file", status);
                if (known.Size > maxBytes) return (null, ValidationRule.InputTooLarge, TooLarge(known.Size, maxBytes), status);
                expected = known.Size;
            }
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            // Sized by the file (one more byte sees growth at once): many small files cost no 80 KB buffer each.
            var buffer = new MemoryStream((int)Math.Min(expected + 1, int.MaxValue / 2));
            var chunk = new byte[Math.Clamp(expected + 1, 1, 81920)];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes) return (null, ValidationRule.InputTooLarge, TooLarge(buffer.Length + read, maxBytes, atLeast: true), status);
                buffer.Write(chunk, 0, read);
            }
            return (buffer.ToArray(), default, "", status);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e is FileNotFoundException or DirectoryNotFoundException ? ValidationRule.MissingInput : ValidationRule.CannotRead, "cannot read the file: " + e.Message, status);
        }
    }

    private static string TooLarge(long size, long max, bool atLeast = false) =>
        $"the file is {(atLeast ? "more than " : "")}{Megabytes(atLeast ? max : size)} MB; inputs are limited to {Megabytes(max)} MB each (a UN export is about 15 KB)";

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
