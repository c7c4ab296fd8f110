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
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int TypeMask = 0xF000;          // S_IFMT
    private const int LockExclusive = 2, LockNonBlocking = 4; // LOCK_EX, LOCK_NB

    /// <summary>The kind of file system entry.</summary>
    internal enum EntryType { Regular, Directory, Other }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern SafeFileHandle Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(SafeFileHandle fd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(SafeFileHandle fd, int operation);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(SafeFileHandle fd);

    /// <summary>True where these calls are used (elsewhere callers fall back to plain .NET file access).</summary>
    internal static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>Opens a path for reading without ever blocking (a FIFO opens at once); throws <see cref="IOException"/> with the system's reason.</summary>
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
        var buffer = new byte[256]; // struct statx
        if (Statx(handle, "", EmptyPath, TypeAndSize, buffer) != 0) throw Error(Marshal.GetLastPInvokeError());
        var mode = BitConverter.ToUInt16(buffer, 28) & TypeMask;
        var size = BitConverter.ToInt64(buffer, 40);
        return (mode switch { 0x8000 => EntryType.Regular, 0x4000 => EntryType.Directory, _ => EntryType.Other }, size);
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

    private static IOException Error(int errno) => new(Marshal.GetPInvokeErrorMessage(errno));
}
