using EGov.Cli.Run;
namespace EGov.Cli.Run.Workers;

/// <summary>How a notebook sent to a worker process ended.</summary>
internal enum WorkerOutcomeKind
{
    /// <summary>The worker answered: the result file is written.</summary>
    Done,

    /// <summary>The worker process ended without answering (a crash, or the notebook ended the process).</summary>
    Exited,

    /// <summary>The notebook ran past the timeout; the worker process was killed.</summary>
    TimedOut,

    /// <summary>The notebook's memory went past the cap; the worker process was killed with its tree (the megabytes used are the memory's resident figure).</summary>
    OverMemory,
}

/// <summary>What came back for one notebook: the kind, the worker's memory after it (when done), its exit code and stderr (when it ended).</summary>
internal sealed record WorkerOutcome(WorkerOutcomeKind Kind, WorkerMemory Memory, int? ExitCode, string Stderr);
