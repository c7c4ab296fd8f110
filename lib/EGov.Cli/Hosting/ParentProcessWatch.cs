using System.Diagnostics;

namespace EGov.Cli.Hosting;

/// <summary>
/// Ends a kernel process (the Jupyter kernel, a notebook process of `egov run`) when the process that started it is gone
/// (a killed Jupyter server, nbconvert or `egov run` must not leave kernels
/// behind, spinning at 100% CPU): the process named by <c>JPY_PARENT_PID</c> when jupyter_client sets it, and on Linux the parent process id
/// changing (the kernel was re-parented because its parent died).
/// </summary>
internal sealed class ParentProcessWatch(Action parentGone) : IDisposable
{
    // On Windows jupyter_client puts a process handle there, not an id.
    private readonly int? parentFromJupyter = !OperatingSystem.IsWindows() && int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) && pid > 1 ? pid : null;
    private readonly int? parentAtStart = LinuxParentId();
    private Timer? timer;

    /// <summary>Checks every two seconds from now on.</summary>
    public void Start() => timer = new Timer(_ => Check(), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));

    private void Check()
    {
        var gone = parentAtStart is { } start && LinuxParentId() is { } now && now != start;
        if (!gone && parentFromJupyter is { } jupyter)
        {
            try { using var process = Process.GetProcessById(jupyter); gone = process.HasExited; }
            catch (ArgumentException) { gone = true; }
            catch (InvalidOperationException) { gone = true; }
        }
        if (!gone) return;
        timer?.Dispose();
        parentGone();
    }

    /// <summary>This process's parent id from /proc/self/stat (the fourth field, after the command name in parentheses).</summary>
    private static int? LinuxParentId()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.TryParse(fields[1], out var parent) ? parent : null;
        }
        catch (IOException) { return null; }
    }

    public void Dispose() => timer?.Dispose();
}
