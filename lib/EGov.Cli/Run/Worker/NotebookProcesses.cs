using System.Collections;
using System.Reflection;
using System.Runtime.InteropServices;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// The processes a notebook starts end with it. The worker makes itself a child subreaper
/// (<c>prctl(PR_SET_CHILD_SUBREAPER)</c>): a process a cell starts that forks and leaves (<c>setsid sh -c 'sleep 9 &amp;'</c>)
/// is re-parented to the worker instead of to init, so it stays among the worker's descendants, and
/// <see cref="KillAll"/> ends every one of them: after each notebook, when <c>egov run</c> is gone, and when the worker
/// ends. egov run kills the worker with its whole tree on a timeout, Ctrl+C, SIGTERM or the memory cap.
/// Killed orphans that were adopted are then reaped (<see cref="ReapAdopted"/>), so none stays a zombie of the worker.
/// </summary>
internal static class NotebookProcesses
{
    private const int SetChildSubreaper = 36; // PR_SET_CHILD_SUBREAPER
    private const int Sigkill = 9;

    [DllImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static extern int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "waitpid", SetLastError = true)]
    private static extern int WaitPid(int pid, out int status, int options);

    private const int NoHang = 1; // WNOHANG

    /// <summary>
    /// What .NET's <see cref="System.Diagnostics.Process"/> knows of this process's children: the lock it takes to start
    /// one or to reap on SIGCHLD, and the table of the children it started (and will reap itself). Reaping one of those
    /// behind its back makes its own waitpid fail with ECHILD, which it answers with <c>Environment.FailFast</c>; so only
    /// children outside that table are reaped, while both are held. Null when this runtime keeps them elsewhere: then
    /// nothing is reaped (the zombies hold no memory and go with the worker).
    /// </summary>
    private static readonly Lazy<(ReaderWriterLockSlim StartLock, IDictionary Started)?> RuntimeChildren = new(() =>
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.NonPublic;
        var assembly = typeof(System.Diagnostics.Process).Assembly;
        var startLock = new[] { "System.Diagnostics.ProcessUtils", "System.Diagnostics.Process" }
            .Select(t => assembly.GetType(t)?.GetField("s_processStartLock", Static)?.GetValue(null)).OfType<ReaderWriterLockSlim>().FirstOrDefault();
        var started = assembly.GetType("System.Diagnostics.ProcessWaitState")?.GetField("s_childProcessWaitStates", Static)?.GetValue(null) as IDictionary;
        return startLock is not null && started is not null ? (startLock, started) : null;
    });

    /// <summary>Makes this process the reaper of its orphaned descendants (Linux; false elsewhere or when refused).</summary>
    public static bool BecomeSubreaper() => OperatingSystem.IsLinux() && Prctl(SetChildSubreaper, 1, 0, 0, 0) == 0;

    /// <summary>
    /// Kills (SIGKILL) every live process under this one, again until none is left (a dying parent's children come to
    /// this process), for at most about a second; returns how many were killed.
    /// </summary>
    public static int KillAll()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var killed = new HashSet<int>();
        for (var round = 0; round < 50; round++)
        {
            var found = ProcessTable.Descendants(Environment.ProcessId);
            if (found.Count == 0) break;
            foreach (var pid in found)
                if (Kill(pid, Sigkill) == 0) killed.Add(pid);
            Thread.Sleep(20);
        }
        ReapAdopted();
        return killed.Count;
    }

    /// <summary>
    /// Reaps the ended children of this process that .NET did not start: orphans it adopted as a subreaper (<c>waitpid</c>
    /// with WNOHANG on each), so that none stays a zombie of the worker. Returns how many were reaped.
    /// </summary>
    public static int ReapAdopted()
    {
        if (!OperatingSystem.IsLinux() || RuntimeChildren.Value is not { } children) return 0;
        var (startLock, started) = children;
        var self = Environment.ProcessId;
        var reaped = 0;
        startLock.EnterWriteLock(); // no Process.Start between reading the table and the waitpid, and no SIGCHLD handling
        try
        {
            lock (started)
                foreach (var zombie in ProcessTable.Snapshot().Where(e => e.Parent == self && e.Zombie && !started.Contains(e.Pid)))
                    if (WaitPid(zombie.Pid, out _, NoHang) == zombie.Pid) reaped++;
        }
        finally { startLock.ExitWriteLock(); }
        return reaped;
    }
}
