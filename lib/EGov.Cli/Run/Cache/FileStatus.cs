using System.Globalization;
using EGov.Data.Storage;

namespace EGov.Cli.Run.Cache;

/// <summary>The kind of a file system entry, as <see cref="FileStatus"/> reads it.</summary>
internal enum EntryKind { Missing, Regular, Directory, Link, Special, Unreadable }

/// <summary>
/// What <c>statx(2)</c> says about a path without opening it (so a named pipe or a device is never read): its kind, size,
/// modification and change times in nanoseconds, device and inode. The change time (ctime) is set by the kernel on every
/// write, rename or chmod and cannot be set by a user, so size + mtime + ctime + inode tells whether a file changed even
/// when a tool kept its mtime. The system call is the library's (<see cref="UnixNative.TryStatusOf"/>); elsewhere than
/// Linux it falls back to <see cref="FileInfo"/> (no ctime or inode).
/// </summary>
internal readonly record struct FileStatus(EntryKind Kind, long Size, long ModifiedNs, long ChangedNs, ulong Device, ulong Inode, string? Problem = null,
    string TypeName = "a file")
{
    /// <summary>The entry at <paramref name="path"/>, following a symbolic link at the end when <paramref name="follow"/>.</summary>
    public static FileStatus Of(string path, bool follow)
    {
        if (!UnixNative.IsSupported) return Portable(path, follow);
        var errno = UnixNative.TryStatusOf(path, follow, out var status);
        if (errno != 0)
            return errno is 2 or 20 // ENOENT, ENOTDIR
                ? new FileStatus(EntryKind.Missing, 0, 0, 0, 0, 0)
                : new FileStatus(EntryKind.Unreadable, 0, 0, 0, 0, 0, UnixNative.Message(errno));
        var kind = status.Type switch
        {
            UnixNative.EntryType.Regular => EntryKind.Regular,
            UnixNative.EntryType.Directory => EntryKind.Directory,
            UnixNative.EntryType.Link => EntryKind.Link,
            _ => EntryKind.Special,
        };
        return new FileStatus(kind, status.Size, status.ModifiedNs, status.ChangedNs, status.Device, status.Inode, TypeName: status.TypeName);
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
