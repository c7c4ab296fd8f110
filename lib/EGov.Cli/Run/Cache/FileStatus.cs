using System.Globalization;
using System.Runtime.InteropServices;

namespace EGov.Cli.Run.Cache;

/// <summary>The kind of a file system entry, as <see cref="FileStatus"/> reads it.</summary>
internal enum EntryKind { Missing, Regular, Directory, Link, Special, Unreadable }

/// <summary>
/// What <c>statx(2)</c> says about a path without opening it (so a named pipe or a device is never read): its kind, size,
/// modification and change times in nanoseconds, device and inode. The change time (ctime) is set by the kernel on every
/// write, rename or chmod and cannot be set by a user, so size + mtime + ctime + inode tells whether a file changed even
/// when a tool kept its mtime. Elsewhere than Linux it falls back to <see cref="FileInfo"/> (no ctime or inode).
/// </summary>
internal readonly record struct FileStatus(EntryKind Kind, long Size, long ModifiedNs, long ChangedNs, ulong Device, ulong Inode, string? Problem = null)
{
    private const int CurrentFolder = -100;      // AT_FDCWD
    private const int NoFollow = 0x100;          // AT_SYMLINK_NOFOLLOW
    private const uint Basic = 0x7ff;            // STATX_BASIC_STATS

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    /// <summary>The entry at <paramref name="path"/>, following a symbolic link at the end when <paramref name="follow"/>.</summary>
    public static FileStatus Of(string path, bool follow)
    {
        if (!OperatingSystem.IsLinux()) return Portable(path, follow);
        var buffer = new byte[256]; // struct statx
        if (Statx(CurrentFolder, path, follow ? 0 : NoFollow, Basic, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is 2 or 20 // ENOENT, ENOTDIR
                ? new FileStatus(EntryKind.Missing, 0, 0, 0, 0, 0)
                : new FileStatus(EntryKind.Unreadable, 0, 0, 0, 0, 0, Marshal.GetPInvokeErrorMessage(errno));
        }
        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        var kind = mode switch { 0x8000 => EntryKind.Regular, 0x4000 => EntryKind.Directory, 0xA000 => EntryKind.Link, _ => EntryKind.Special };
        static long Nanoseconds(byte[] b, int at) => BitConverter.ToInt64(b, at) * 1_000_000_000 + BitConverter.ToUInt32(b, at + 8);
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return new FileStatus(kind, BitConverter.ToInt64(buffer, 40), Nanoseconds(buffer, 112), Nanoseconds(buffer, 96), device, BitConverter.ToUInt64(buffer, 32));
    }

    /// <summary>The identity of the entry, for the key: changes whenever its content can have changed.</summary>
    public string Identity => string.Create(CultureInfo.InvariantCulture, $"size {Size} mtime {ModifiedNs} ctime {ChangedNs} inode {Device}:{Inode}");

    private static FileStatus Portable(string path, bool follow)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists) return new FileStatus(EntryKind.Missing, 0, 0, 0, 0, 0);
        if (info.LinkTarget is not null)
        {
            if (!follow) return new FileStatus(EntryKind.Link, 0, 0, 0, 0, 0);
            if (info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true } target) return new FileStatus(EntryKind.Missing, 0, 0, 0, 0, 0);
            info = target;
        }
        var ticks = info.LastWriteTimeUtc.Ticks * 100;
        return info is FileInfo file
            ? new FileStatus(EntryKind.Regular, file.Length, ticks, ticks, 0, 0)
            : new FileStatus(EntryKind.Directory, 0, ticks, ticks, 0, 0);
    }
}
