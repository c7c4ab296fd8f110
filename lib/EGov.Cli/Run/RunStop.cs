using System.Runtime.InteropServices;
using EGov.Cli.Run.Workers;

namespace EGov.Cli.Run;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM during a run: every worker process is killed at once and <see cref="Token"/> fires, so the
/// run ends at its next stage with exit 130 and writes no run summary.
/// </summary>
internal sealed class RunStop : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly PosixSignalRegistration sigint;
    private readonly PosixSignalRegistration sigterm;

    public RunStop(CancellationToken commandCancel)
    {
        source = CancellationTokenSource.CreateLinkedTokenSource(commandCancel);
        sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    /// <summary>Fires on a stop.</summary>
    public CancellationToken Token => source.Token;

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        WorkerProcess.KillAll();
        source.Cancel();
    }

    public void Dispose()
    {
        sigint.Dispose();
        sigterm.Dispose();
        source.Dispose();
    }
}
