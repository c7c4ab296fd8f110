using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// Reads a small file only if it is a regular file, without ever blocking: the file is opened with O_NONBLOCK (a FIFO
/// with no writer would otherwise hang the open) and its type is checked on the open descriptor (statx), so it cannot be
/// swapped between the check and the read. Devices, FIFOs, sockets and directories are refused with the reason.
/// </summary>
internal static class RegularFile
{
    private const int ORdOnly = 0, ONonBlock = 0x800, ONoCtty = 0x100, OCloExec = 0x80000;
    private const int AtEmptyPath = 0x1000, StatxType = 0x1, StatxMode = 0x2;

    /// <summary>The bytes of <paramref name="path"/> and its permission bits; throws <see cref="InvalidDataException"/> naming the problem.</summary>
    public static (byte[] Bytes, UnixFileMode Mode) Read(string path, int limit)
    {
        if (!OperatingSystem.IsLinux()) return (ReadPortable(path, limit), 0);
        var fd = Open(path, ORdOnly | ONonBlock | ONoCtty | OCloExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno == 2 ? new FileNotFoundException($"{path}: no such file") : new IOException($"{path}: cannot open ({Marshal.GetLastPInvokeErrorMessage()})");
        }
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        var buffer = new byte[256];
        if (Statx(fd, "", AtEmptyPath, StatxType | StatxMode, buffer) != 0)
            throw new IOException($"{path}: cannot check the file type ({Marshal.GetLastPInvokeErrorMessage()})");
        var mode = BitConverter.ToUInt16(buffer, 28); // struct statx: stx_mode at offset 28 on every architecture
        var type = mode & 0xF000;
        if (type != 0x8000)
            throw new InvalidDataException($"{path}: not a regular file ({TypeName(type)}); a connection file is a small JSON file");
        var length = RandomAccess.GetLength(handle);
        if (length > limit) throw new InvalidDataException($"{path}: {length} bytes, more than a connection file's {limit}");
        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0) break;
            read += n;
        }
        return (bytes[..read], (UnixFileMode)(mode & 0xFFF));
    }

    /// <summary>Whether <paramref name="path"/> is missing or a regular file (not a FIFO, device, socket or directory); never blocks.</summary>
    public static bool IsRegularOrMissing(string path)
    {
        if (!OperatingSystem.IsLinux()) return !Directory.Exists(path);
        var buffer = new byte[256];
        if (Statx(-100 /* AT_FDCWD */, path, 0, StatxType, buffer) != 0) return Marshal.GetLastPInvokeError() == 2;
        return (BitConverter.ToUInt16(buffer, 28) & 0xF000) == 0x8000;
    }

    private static byte[] ReadPortable(string path, int limit)
    {
        var info = new FileInfo(path);
        if (info.Length > limit) throw new InvalidDataException($"{path}: {info.Length} bytes, more than a connection file's {limit}");
        return File.ReadAllBytes(path);
    }

    private static string TypeName(int type) => type switch
    {
        0x1000 => "a FIFO",
        0x2000 => "a character device",
        0x4000 => "a directory",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => $"file type 0x{type:X}",
    };

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
