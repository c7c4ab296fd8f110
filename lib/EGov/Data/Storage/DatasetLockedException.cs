namespace EGov.Data.Storage;

/// <summary>Another process is changing the dataset folder and did not finish within the time allowed to wait.</summary>
public sealed class DatasetLockedException(string folder, TimeSpan waited)
    : Exception($"another egov import is writing to {Printable.Escape(folder)} (waited {waited.TotalSeconds:0.#} s for it); nothing was changed: run the import again when it has finished")
{
    /// <summary>The folder.</summary>
    public string Folder { get; } = folder;
}
