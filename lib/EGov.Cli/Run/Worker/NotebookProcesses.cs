using System.Runtime.InteropServices;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// The processes a notebook starts end with it. The worker makes itself a child subreaper
/// (<c>prctl(PR_SET_CHILD_SUBREAPER)</c>): a process a cell starts that forks and leaves (<c>setsid sh -c 'sleep 9 &amp;'</c>)
/// is re-parented to the worker instead of to init, so it stays among the worker's descendants, and
/// <see cref="KillAll"/> ends every one of them: after each notebook, when <c>egov run</c> is gone, and when the worker
/// ends. egov run kills the worker with its whole tree on a timeout, Ctrl+C, SIGTERM or the memory cap.
/// (A killed orphan stays a zombie of the worker, holding no memory, until the worker ends: .NET reaps only the
/// processes it started itself, and reaping those behind its back would crash it.)
/// </summary>
internal static class NotebookProcesses
{
    private const int SetChildSubreaper = 36; // PR_SET_CHILD_SUBREAPER
    private const int Sigkill = 9;

    [DllImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static extern int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

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
        return killed.Count;
    }
}
