using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Win32.SafeHandles;

namespace EGov.Data.Storage;

/// <summary>
/// Changes a dataset folder safely. Opening takes an exclusive lock on the folder (flock on the folder itself, so nothing
/// is written to take it; released by the kernel even when the process is killed), waiting up to a limit for another
/// import to finish, then finishes or discards whatever a killed import left behind. <see cref="Commit"/> writes the new
/// files into <c>.egov-import.staging/</c>, flushes them, renames that folder to <c>.egov-import.commit/</c> (the single
/// atomic commit point) and then moves the files into place. A process killed before the commit point leaves the old
/// dataset (the staging folder is removed next time); killed after it, the new one: readers take the files from the
/// commit folder (<see cref="DatasetStore.ReadDirectory"/>) and the next import finishes the moves.
/// </summary>
internal sealed partial class DatasetWriter : IDisposable
{
    /// <summary>The journal folder holding a complete new dataset whose files are being moved into place.</summary>
    public const string CommitFolder = ".egov-import.commit";
    /// <summary>The folder a new dataset is written into before the commit point.</summary>
    public const string StagingFolder = ".egov-import.staging";
    private const string LockFile = ".egov-import.lock"; // only where flock on a folder is not available

    private readonly IDisposable lockHandle;
    private readonly List<string> createdFolders;
    private bool committed;

    private DatasetWriter(string folder, IDisposable lockHandle, List<string> createdFolders, IReadOnlyList<string> recovered)
    {
        Folder = folder;
        this.lockHandle = lockHandle;
        this.createdFolders = createdFolders;
        Recovered = recovered;
    }

    /// <summary>The dataset folder.</summary>
    public string Folder { get; }

    /// <summary>What was found and repaired when the folder was opened (a finished or discarded killed import), for the user.</summary>
    public IReadOnlyList<string> Recovered { get; }

    /// <summary>Creates the folder if needed, locks it (waiting up to <paramref name="wait"/>) and recovers from a killed import.</summary>
    /// <exception cref="DatasetLockedException">Another import kept the lock for longer than <paramref name="wait"/>.</exception>
    /// <exception cref="DatasetStorageException">The folder cannot be created, opened or repaired.</exception>
    public static DatasetWriter Open(string folder, TimeSpan wait)
    {
        var shown = Printable.Escape(folder);
        if (File.Exists(folder) || (Path.Exists(folder) && !Directory.Exists(folder)))
            throw new DatasetStorageException($"{shown} is not a folder; --out must name a folder (it is created if missing). Nothing was written.");
        var created = new List<string>();
        try
        {
            CreateWithParents(folder, created);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatasetStorageException($"cannot create the folder {shown}: {e.Message}. Nothing was written.", e);
        }
        IDisposable? held = null;
        try
        {
            held = Lock(folder, wait);
            var recovered = Recover(folder);
            return new DatasetWriter(folder, held, created, recovered);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            held?.Dispose();
            RemoveCreated(created);
            throw new DatasetStorageException($"cannot open {shown} for writing: {e.Message}. Nothing was written.", e);
        }
        catch
        {
            held?.Dispose();
            RemoveCreated(created);
            throw;
        }
    }

    /// <summary>The dataset in the folder, or <c>null</c> when it holds none.</summary>
    /// <exception cref="DataValidationException">The files there break a rule.</exception>
    public SurveyDataset? ReadExisting() => DatasetStore.HasDataset(Folder) ? DatasetStore.ReadDirectory(Folder) : null;

    /// <summary>Replaces the dataset with the given files as one atomic step; returns the paths written.</summary>
    /// <exception cref="DatasetStorageException">Writing failed; the message says whether the old dataset is intact (it is, unless the commit point was passed).</exception>
    public IReadOnlyList<string> Commit(IReadOnlyDictionary<string, byte[]> files)
    {
        var staging = Path.Combine(Folder, StagingFolder);
        var commit = Path.Combine(Folder, CommitFolder);
        RefuseUnreplaceableTargets(files.Keys);
        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            foreach (var (name, bytes) in files)
            {
                using (var stream = new FileStream(Path.Combine(staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }
                JournalCheckpoint.Reach("staging-file");
            }
            SyncDirectory(staging);
            JournalCheckpoint.Reach("staged");
            Directory.Move(staging, commit); // the commit point
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true); }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { /* removed by the next import */ }
            throw new DatasetStorageException($"cannot write the new dataset into {Printable.Escape(Folder)}: {e.Message}. The dataset there is unchanged.", e);
        }
        committed = true;
        try
        {
            SyncDirectory(Folder);
            JournalCheckpoint.Reach("committed");
            var written = RollForward(Folder);
            JournalCheckpoint.Reach("done");
            return written;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatasetStorageException($"the new dataset is committed in {Printable.Escape(commit)} but moving it into place failed: {e.Message}. " +
                                              "Loading the folder already gives the new dataset; the next import finishes the move.", e);
        }
    }

    /// <summary>
    /// Before the commit point, every place a file goes must take it: absent, or a regular file of the dataset already
    /// there. A folder, link, pipe or device of that name would make the move after the commit point fail (the new
    /// dataset committed but not in place), and a file in a folder that holds no dataset is not the import's to overwrite.
    /// </summary>
    /// <exception cref="DatasetStorageException">A target cannot be replaced; nothing was written.</exception>
    private void RefuseUnreplaceableTargets(IEnumerable<string> names)
    {
        var hasDataset = DatasetStore.HasDataset(Folder);
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(Folder, name);
            var info = new FileInfo(target);
            var kind = info.LinkTarget is not null ? "a symbolic link"
                : Directory.Exists(target) ? "a folder"
                : !info.Exists ? null
                : !IsRegularFile(target) ? "a pipe, socket or device"
                : null;
            if (kind is not null)
                throw new DatasetStorageException($"{Printable.Escape(target)} is {kind} where the dataset's {name} goes: move it away or choose another --out. Nothing was written.");
            if (info.Exists && !hasDataset)
                throw new DatasetStorageException($"{Printable.Escape(target)} exists, but {Printable.Escape(Folder)} holds no dataset (no {CanonicalFormat.EgdiFile}), " +
                                                  "so egov import will not overwrite it: move it away or choose another --out. Nothing was written.");
        }
    }

    private static bool IsRegularFile(string path)
    {
        if (!UnixNative.IsSupported) return true;
        try
        {
            using var handle = UnixNative.OpenForReading(path);
            return UnixNative.Describe(handle).Type == UnixNative.EntryType.Regular;
        }
        catch (IOException) { return true; } // unreadable: the move decides
    }

    /// <summary>Releases the lock; removes the folder again when it was created for an import that wrote nothing.</summary>
    public void Dispose()
    {
        lockHandle.Dispose();
        if (!committed) RemoveCreated(createdFolders);
    }

    /// <summary>Finishes a committed import (moves its files into place) and discards an uncommitted one; returns what was done.</summary>
    private static IReadOnlyList<string> Recover(string folder)
    {
        var done = new List<string>();
        var staging = Path.Combine(folder, StagingFolder);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
            done.Add($"removed {StagingFolder}/ left by an import that was stopped before its commit point (the dataset was unchanged)");
        }
        if (Directory.Exists(Path.Combine(folder, CommitFolder)))
        {
            RollForward(folder);
            done.Add($"finished an import that was stopped after its commit point (moved the files of {CommitFolder}/ into place)");
        }
        foreach (var leftover in Directory.EnumerateFiles(folder, ".*.tmp").Where(f => LegacyTemporary().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            File.Delete(leftover);
            done.Add($"removed {Path.GetFileName(leftover)} left by a killed import");
        }
        return done;
    }

    private static List<string> RollForward(string folder)
    {
        var commit = Path.Combine(folder, CommitFolder);
        var written = new List<string>();
        // Manifest last: until it is in place, a reader that looks into the folder alone sees the old manifest, and the
        // commit folder still holds the new one (readers prefer the commit folder's files while it exists).
        var names = Directory.EnumerateFiles(commit).Select(Path.GetFileName).OfType<string>()
            .OrderBy(n => n == CanonicalFormat.ManifestFile).ThenBy(n => n, StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            var target = Path.Combine(folder, name);
            File.Move(Path.Combine(commit, name), target, overwrite: true);
            written.Add(target);
            JournalCheckpoint.Reach("moving");
        }
        SyncDirectory(folder);
        JournalCheckpoint.Reach("moved");
        Directory.Delete(commit);
        SyncDirectory(folder);
        return written;
    }

    private static IDisposable Lock(string folder, TimeSpan wait)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var attempt = TryLock(folder);
            if (attempt is not null) { JournalCheckpoint.Reach("locked"); return attempt; }
            if (watch.Elapsed >= wait) throw new DatasetLockedException(folder, watch.Elapsed);
            Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(100, Math.Max(1, (wait - watch.Elapsed).TotalMilliseconds))));
        }
    }

    private static IDisposable? TryLock(string folder)
    {
        if (UnixNative.IsSupported)
        {
            var handle = UnixNative.OpenForReading(folder);
            if (UnixNative.TryLockExclusive(handle)) return handle;
            handle.Dispose();
            return null;
        }
        try
        {
            return new FileStream(Path.Combine(folder, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, LockFile)))
        {
            return null;
        }
    }

    private static void SyncDirectory(string path)
    {
        if (UnixNative.IsSupported) UnixNative.SyncDirectory(path);
    }

    private static void CreateWithParents(string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var dir = Path.GetFullPath(folder); !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!)
        {
            if (Path.Exists(dir)) throw new IOException($"{Printable.Escape(dir)} exists and is not a folder");
            missing.Push(dir);
            if (Path.GetDirectoryName(dir) is null) break;
        }
        while (missing.Count > 0)
        {
            var dir = missing.Pop();
            Directory.CreateDirectory(dir);
            created.Insert(0, dir); // deepest first
        }
    }

    private static void RemoveCreated(List<string> created)
    {
        foreach (var dir in created)
        {
            try { if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        }
        created.Clear();
    }

    [GeneratedRegex(@"^\.(egdi\.csv|countries\.csv|country-aliases\.csv|quality-flags\.csv|datapackage\.json)\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex LegacyTemporary();
}
