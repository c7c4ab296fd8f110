using System.Text;
using EGov.Data;
using EGov.Data.Storage;

namespace EGov.Cli;

/// <summary>
/// Reads a small file the program reads (a connection file, a run summary, a README, a manifest) only if it is a regular
/// file, without ever blocking, with the importer's rules (<see cref="BoundedFile"/>: opened with O_NONBLOCK, so a named
/// pipe with no writer cannot hang the open, and the type checked on the open descriptor, so it cannot be swapped between
/// the check and the read). Devices, named pipes, sockets and folders are refused with the reason.
/// </summary>
internal static class RegularFile
{
    /// <summary>
    /// The bytes of <paramref name="path"/> and its permission bits; throws <see cref="FileNotFoundException"/> when it is
    /// missing and <see cref="IOException"/> naming
    /// the problem (not a regular file, too large, unreadable). <paramref name="expected"/> says what the file should be ("a connection file is a small JSON file").
    /// </summary>
    public static (byte[] Bytes, UnixFileMode Mode) Read(string path, long limit, string expected)
    {
        var (bytes, rule, reason, status) = BoundedFile.ReadWithStatus(path, limit);
        if (bytes is not null) return (bytes, status?.Permissions ?? 0);
        var shown = Printable.Escape(path);
        throw rule switch
        {
            ValidationRule.MissingInput => new FileNotFoundException($"{shown}: no such file"),
            ValidationRule.NotARegularFile => new IOException($"{shown}: not a regular file ({status?.TypeName ?? "a folder"}); {expected}"),
            ValidationRule.InputTooLarge => new IOException($"{shown}: {status?.Size ?? limit + 1} bytes, more than the {limit} read here; {expected}"),
            _ => new IOException($"{shown}: {reason}"),
        };
    }

    /// <summary>The UTF-8 text of <paramref name="path"/> (see <see cref="Read"/>).</summary>
    public static string ReadText(string path, long limit, string expected) =>
        new UTF8Encoding(false).GetString(Read(path, limit, expected).Bytes).TrimStart('\uFEFF');

    /// <summary>Whether <paramref name="path"/> is missing or a regular file (not a FIFO, device, socket or directory); never blocks.</summary>
    public static bool IsRegularOrMissing(string path)
    {
        if (!UnixNative.IsSupported) return !Directory.Exists(path);
        var errno = UnixNative.TryStatusOf(path, followLinks: true, out var status);
        return errno == 0 ? status.Type == UnixNative.EntryType.Regular : errno == 2;
    }
}
