namespace EGov.Data.Storage;

/// <summary>
/// The dataset folder cannot be read or written (not a folder, not writable, read-only file system, disk full, ...).
/// The message names the path and the system's reason, and says whether the folder was left unchanged.
/// </summary>
public sealed class DatasetStorageException(string message, Exception? inner = null) : Exception(message, inner);
