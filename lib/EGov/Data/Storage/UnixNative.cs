using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EGov.Data.Storage;

/// <summary>
/// The few Linux system calls .NET does not expose: opening without blocking on a named pipe, the file type of an open
/// descriptor (statx, whose layout is the same on every Linux architecture), flock on a folder and fsync of a folder.
/// Flag values are those shared by x86-64 and arm64 (asm-generic).
/// </summary>
internal static class UnixNative
{
    private const int ReadOnly = 0;
    private const int NoControllingTty = 0x100;   // O_NOCTTY
    private const int NonBlocking = 0x800;        // O_NONBLOCK: open() of a FIFO returns at once instead of waiting for a writer
    private const int CloseOnExec = 0x80000;      // O_CLOEXEC
    private const int EmptyPath = 0x1000;         // AT_EMPTY_PATH: statx of the descriptor itself
    private const uint BasicStats = 0x7ff;        // STATX_BASIC_STATS
    private const int CurrentFolder = -100;       // AT_FDCWD
    private const int NoFollow = 0x100;           // AT_SYMLINK_NOFOLLOW
    private const int TypeMask = 0xF000;          // S_IFMT
    private const int LockExclusive = 2, LockNonBlocking = 4; // LOCK_EX, LOCK_NB

    /// <summary>The kind of file system entry (<see cref="Link"/> only for a path read without following links).</summary>
    internal enum EntryType { Regular, Directory, Link, Other }

    /// <summary>
    /// What statx says about an entry: its kind, <c>st_mode</c> (file type and permission bits), size, modification and
    /// change times in nanoseconds, device and inode.
    /// </summary>
    internal readonly record struct EntryStatus(EntryType Type, int Mode, long Size, long ModifiedNs, long ChangedNs, ulong Device, ulong Inode)
    {
        /// <summary>The permission bits.</summary>
        public UnixFileMode Permissions => (UnixFileMode)(Mode & 0xFFF);

        /// <summary>The file type in words ("a named pipe", "a character device", ...).</summary>
        public string TypeName => (Mode & TypeMask) switch
        {
            0x8000 => "a regular file",
            0x4000 => "a folder",
            0xA000 => "a symbolic link",
            0x1000 => "a named pipe",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            var other => $"file type 0x{other:X}",
        };
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern SafeFileHandle Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(SafeFileHandle fd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxAt(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(SafeFileHandle fd, int operation);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(SafeFileHandle fd);

    /// <summary>True where these calls are used (elsewhere callers fall back to plain .NET file access).</summary>
    internal static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>
    /// Opens a path for reading without ever blocking (a FIFO opens at once); throws <see cref="IOException"/> with the
    /// system's reason (<see cref="FileNotFoundException"/> when nothing is there).
    /// </summary>
    internal static SafeFileHandle OpenForReading(string path)
    {
        var handle = Open(path, ReadOnly | NonBlocking | NoControllingTty | CloseOnExec);
        if (!handle.IsInvalid) return handle;
        var error = Marshal.GetLastPInvokeError();
        handle.Dispose();
        throw Error(error);
    }

    /// <summary>The type and size of an open descriptor.</summary>
    internal static (EntryType Type, long Size) Describe(SafeFileHandle handle)
    {
        var status = StatusOf(handle);
        return (status.Type, status.Size);
    }

    /// <summary>The status of an open descriptor (what it is now, so it cannot be swapped between the check and the read).</summary>
    internal static EntryStatus StatusOf(SafeFileHandle handle)
    {
        var buffer = new byte[256]; // struct statx
        if (Statx(handle, "", EmptyPath, BasicStats, buffer) != 0) throw Error(Marshal.GetLastPInvokeError());
        return Parse(buffer);
    }

    /// <summary>
    /// The status of a path without opening it (a named pipe or a device is never read), following a symbolic link at the
    /// end only when <paramref name="followLinks"/>; returns 0, or the errno (ENOENT 2, ENOTDIR 20: missing).
    /// </summary>
    internal static int TryStatusOf(string path, bool followLinks, out EntryStatus status)
    {
        var buffer = new byte[256];
        if (StatxAt(CurrentFolder, path, followLinks ? 0 : NoFollow, BasicStats, buffer) != 0)
        {
            status = default;
            return Marshal.GetLastPInvokeError();
        }
        status = Parse(buffer);
        return 0;
    }

    /// <summary>The system's sentence for an errno.</summary>
    internal static string Message(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    // struct statx (the same on every Linux architecture): stx_mode at 28, stx_ino at 32, stx_size at 40, stx_ctime at 96,
    // stx_mtime at 112 (seconds, then nanoseconds), stx_dev_major at 136, stx_dev_minor at 140.
    private static EntryStatus Parse(byte[] buffer)
    {
        var mode = BitConverter.ToUInt16(buffer, 28);
        var type = (mode & TypeMask) switch { 0x8000 => EntryType.Regular, 0x4000 => EntryType.Directory, 0xA000 => EntryType.Link, _ => EntryType.Other };
        static long Nanoseconds(byte[] b, int at) => BitConverter.ToInt64(b, at) * 1_000_000_000 + BitConverter.ToUInt32(b, at + 8);
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return new EntryStatus(type, mode, BitConverter.ToInt64(buffer, 40), Nanoseconds(buffer, 112), Nanoseconds(buffer, 96), device, BitConverter.ToUInt64(buffer, 32));
    }

    /// <summary>Tries to take an exclusive advisory lock without waiting; false when another process holds it.</summary>
    internal static bool TryLockExclusive(SafeFileHandle handle)
    {
        if (Flock(handle, LockExclusive | LockNonBlocking) == 0) return true;
        var error = Marshal.GetLastPInvokeError();
        if (error == 11) return false; // EWOULDBLOCK
        throw Error(error);
    }

    /// <summary>Flushes a folder's entries (renames, new files) to disk.</summary>
    internal static void SyncDirectory(string path)
    {
        using var handle = OpenForReading(path);
        Fsync(handle); // best effort: some file systems refuse fsync on a folder
    }

    private static IOException Error(int errno) =>
        errno == 2 ? new FileNotFoundException(Marshal.GetPInvokeErrorMessage(errno)) : new IOException(Marshal.GetPInvokeErrorMessage(errno));
}
