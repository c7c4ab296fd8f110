using System.Globalization;

namespace EGov.Cli.Run;

/// <summary>
/// The memory a notebook may use (<c>egov run --memory-limit MB</c>): the resident memory of its worker process and every
/// process under it, watched by egov run (<see cref="Workers.WorkerProcess"/>), which kills the worker with its tree past
/// the cap; the notebook fails with <see cref="Exceeded"/> and the next one gets a new worker. The worker's .NET heap is
/// also given the cap as its hard limit (<c>DOTNET_GCHeapHardLimit</c>): the GC collects harder as it nears it, and an
/// allocation past it fails in the cell with an OutOfMemoryException instead of growing the process.
/// </summary>
internal static class WorkerMemoryCap
{
    /// <summary>The cap when none is given (MB): the collection's notebooks peak at about 400 MB.</summary>
    public const int DefaultMB = 4096;

    /// <summary>The smallest cap accepted (MB): a worker with a kernel holds about 250 MB before a notebook runs.</summary>
    public const int SmallestMB = 512;

    /// <summary>The option that sets it.</summary>
    public const string Option = "--memory-limit";

    /// <summary>The runtime's setting of the GC heap's hard limit (hexadecimal bytes), given to the worker only.</summary>
    public const string HeapLimitVariable = "DOTNET_GCHeapHardLimit";

    /// <summary>The hard limit of the worker's GC heap for a cap, as the runtime reads it.</summary>
    public static string HeapLimit(int capMB) => ((long)capMB * 1024 * 1024).ToString("x", CultureInfo.InvariantCulture);

    /// <summary>The notebook's error when it went past the cap.</summary>
    public static string Exceeded(int capMB, long usedMB) => string.Create(CultureInfo.InvariantCulture,
        $"stopped: the notebook used more than its memory cap of {capMB:N0} MB ({usedMB:N0} MB resident in its process and those it started); give it more with {Option} MB (0: no cap)");

    /// <summary>The notebook's error when an allocation failed under the GC heap's hard limit.</summary>
    public static string HeapExhausted(int capMB, string cellError) => string.Create(CultureInfo.InvariantCulture,
        $"the notebook ran out of its memory cap of {capMB:N0} MB ({cellError}); give it more with {Option} MB (0: no cap)");
}
