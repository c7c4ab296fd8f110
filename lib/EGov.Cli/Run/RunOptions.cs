namespace EGov.Cli.Run;

/// <summary>The options of one <c>egov run</c> (see <see cref="RunCommand"/>).</summary>
internal sealed record RunOptions(string[] Notebooks, string Output, int Parallel, TimeSpan Timeout, string[] Parameters, bool Pdf, bool Force, string? CacheFolder, bool Isolate, int MemoryLimitMB = WorkerMemoryCap.DefaultMB);
