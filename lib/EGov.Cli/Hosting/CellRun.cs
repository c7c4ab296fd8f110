namespace EGov.Cli.Hosting;

/// <summary>
/// One submitted cell from its submission until its code has really stopped: interrupting it makes the checks in its code
/// throw (<see cref="CellInterrupt"/>); <see cref="Stopped"/> completes once the kernel's handler for it has returned,
/// which can be later than the command's result when the command was cancelled while the code still ran.
/// </summary>
internal sealed class CellRun
{
    private readonly object gate = new();
    // Never disposed: code of the cell (a task it started) may still wait on its token after the cell ended; it holds no timer.
    private readonly CancellationTokenSource interrupt = new();
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int handlers;
    private bool returned;
    private bool ended;
    private bool interrupted;

    /// <summary>Cancelled when the cell is interrupted (interruptible sleeps and delays wait on it).</summary>
    public CancellationToken Token => interrupt.Token;

    public bool IsInterrupted => Volatile.Read(ref interrupted);

    /// <summary>Completes when the cell's code has stopped.</summary>
    public Task Stopped => stopped.Task;

    /// <summary>The exception a check throws in an interrupted cell.</summary>
    public OperationCanceledException Interrupted() => new("the cell was interrupted", interrupt.Token);

    /// <summary>Interrupts the cell unless its code has already stopped.</summary>
    public void Interrupt()
    {
        lock (gate)
        {
            if (ended || interrupted) return;
            Volatile.Write(ref interrupted, true);
            CellInterrupt.RunInterrupted();
        }
        interrupt.Cancel();
    }

    /// <summary>The kernel started a handler for this cell's code.</summary>
    public void HandlerStarted()
    {
        lock (gate) if (!ended) handlers++;
    }

    /// <summary>A handler for this cell's code returned.</summary>
    public void HandlerReturned()
    {
        lock (gate)
        {
            if (ended) return;
            handlers--;
            EndIfDone();
        }
    }

    /// <summary>The command of the cell returned its result to the caller.</summary>
    public void CommandReturned()
    {
        lock (gate)
        {
            returned = true;
            EndIfDone();
        }
    }

    private void EndIfDone()
    {
        if (!returned || handlers > 0 || ended) return;
        ended = true;
        CellInterrupt.RunEnded(this, interrupted);
        stopped.TrySetResult();
    }
}
