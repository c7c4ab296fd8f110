using System.Runtime.CompilerServices;

namespace EGov.Cli.Hosting;

/// <summary>
/// The interruption checks that <see cref="InterruptRewriter"/> writes into a cell's loops and function bodies, and the
/// interruptible <c>Thread.Sleep</c> and <c>Task.Delay</c> it calls instead of the originals. Submissions call it as
/// <c>global::EGov.Cli.Hosting.CellInterrupt</c> (the kernel references this assembly), so no name in a cell can hide it.
/// It is public only for that; a notebook has no reason to call it.
/// </summary>
/// <remarks>
/// A check costs one read of a static field while no cell is interrupted. Once the running cell is interrupted, a check on
/// a thread working for that cell (its own flow and the tasks it started: the execution context carries the cell) throws
/// <see cref="OperationCanceledException"/>, which ends the cell; code working for another cell is not touched.
/// </remarks>
public static class CellInterrupt
{
    private static readonly AsyncLocal<CellRun?> Current = new();
    private static int pending;
    private static CellRun? running;

    /// <summary>Throws <see cref="OperationCanceledException"/> if the cell this code works for was interrupted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check()
    {
        if (Volatile.Read(ref pending) != 0) CheckInterrupted();
    }

    /// <summary>Checks (<see cref="Check"/>) and returns <paramref name="value"/>: the check of an expression-bodied function.</summary>
    /// <typeparam name="T">The type of the body's expression.</typeparam>
    /// <param name="value">The value the body computed.</param>
    /// <returns><paramref name="value"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Pass<T>(T value) where T : allows ref struct
    {
        if (Volatile.Read(ref pending) != 0) CheckInterrupted();
        return value;
    }

    /// <summary><see cref="Thread.Sleep(int)"/> that ends at once, with <see cref="OperationCanceledException"/>, when the cell is interrupted.</summary>
    /// <param name="millisecondsTimeout">As for <see cref="Thread.Sleep(int)"/>.</param>
    public static void Sleep(int millisecondsTimeout)
    {
        if (Run() is not { } run || millisecondsTimeout == 0) Thread.Sleep(millisecondsTimeout);
        else if (run.Token.WaitHandle.WaitOne(millisecondsTimeout)) throw run.Interrupted();
    }

    /// <summary><see cref="Thread.Sleep(TimeSpan)"/> that ends at once, with <see cref="OperationCanceledException"/>, when the cell is interrupted.</summary>
    /// <param name="timeout">As for <see cref="Thread.Sleep(TimeSpan)"/>.</param>
    public static void Sleep(TimeSpan timeout)
    {
        if (Run() is not { } run || timeout == TimeSpan.Zero) Thread.Sleep(timeout);
        else if (run.Token.WaitHandle.WaitOne(timeout)) throw run.Interrupted();
    }

    /// <summary><see cref="Task.Delay(int)"/> that is cancelled when the cell is interrupted.</summary>
    /// <param name="millisecondsDelay">As for <see cref="Task.Delay(int)"/>.</param>
    /// <returns>The delay.</returns>
    public static Task Delay(int millisecondsDelay) => Task.Delay(millisecondsDelay, Run()?.Token ?? CancellationToken.None);

    /// <summary><see cref="Task.Delay(TimeSpan)"/> that is cancelled when the cell is interrupted.</summary>
    /// <param name="delay">As for <see cref="Task.Delay(TimeSpan)"/>.</param>
    /// <returns>The delay.</returns>
    public static Task Delay(TimeSpan delay) => Task.Delay(delay, Run()?.Token ?? CancellationToken.None);

    /// <summary><see cref="Task.Delay(int, CancellationToken)"/> that also ends when the cell is interrupted.</summary>
    /// <param name="millisecondsDelay">As for <see cref="Task.Delay(int, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">As for <see cref="Task.Delay(int, CancellationToken)"/>: its cancellation still ends the delay with this token.</param>
    /// <returns>The delay.</returns>
    public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken) =>
        Run() is { } run ? Task.Delay(millisecondsDelay, cancellationToken).WaitAsync(run.Token) : Task.Delay(millisecondsDelay, cancellationToken);

    /// <summary><see cref="Task.Delay(TimeSpan, CancellationToken)"/> that also ends when the cell is interrupted.</summary>
    /// <param name="delay">As for <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">As for <see cref="Task.Delay(TimeSpan, CancellationToken)"/>: its cancellation still ends the delay with this token.</param>
    /// <returns>The delay.</returns>
    public static Task Delay(TimeSpan delay, CancellationToken cancellationToken) =>
        Run() is { } run ? Task.Delay(delay, cancellationToken).WaitAsync(run.Token) : Task.Delay(delay, cancellationToken);

    /// <summary>Starts the run of one cell: code started from here on (same execution context) works for it.</summary>
    internal static CellRun Begin()
    {
        var run = new CellRun();
        Current.Value = run;
        Volatile.Write(ref running, run);
        return run;
    }

    /// <summary>The run the calling code works for (set when the submission was sent; flows into tasks the cell starts).</summary>
    internal static CellRun? CurrentRun => Current.Value;

    /// <summary>A run was interrupted: checks leave their fast path until it has ended.</summary>
    internal static void RunInterrupted() => Interlocked.Increment(ref pending);

    /// <summary>A run's code has stopped.</summary>
    internal static void RunEnded(CellRun run, bool wasInterrupted)
    {
        if (wasInterrupted) Interlocked.Decrement(ref pending);
        Interlocked.CompareExchange(ref running, null, run);
    }

    /// <summary>
    /// The cell a thread works for: its execution context's, or (code on a thread started without that context, e.g. by
    /// a native callback) the cell running now.
    /// </summary>
    private static CellRun? Run() => Current.Value ?? Volatile.Read(ref running);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckInterrupted()
    {
        if (Run() is { IsInterrupted: true } run) throw run.Interrupted();
    }
}
