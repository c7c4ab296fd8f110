namespace EGov.Cli.Run;

/// <summary>A worker's memory right after a notebook (managed heap and resident set, MB).</summary>
internal readonly record struct WorkerMemory(long ManagedMB, long ResidentMB);

/// <summary>A worker's answer: request <paramref name="Id"/> is done (its result file is written).</summary>
internal sealed record WorkerDone(int Id, WorkerMemory Memory);
