using System.Diagnostics;
using System.Globalization;

namespace EGov.Cli.Run;

/// <summary>
/// Where an <c>egov run</c>'s time went, phase by phase, printed to stderr when <c>EGOV_RUN_PHASES=1</c> (for
/// bench/ and docs/performance.md; nothing is printed otherwise).
/// </summary>
internal sealed class RunPhases
{
    private readonly bool enabled = Environment.GetEnvironmentVariable("EGOV_RUN_PHASES") == "1";
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last;

    /// <summary>Prints a line (when enabled).</summary>
    public void Note(string text)
    {
        if (!enabled) return;
        using var error = new StreamWriter(Console.OpenStandardError());
        error.WriteLine("egov run: " + text);
    }

    /// <summary>Ends the current phase under <paramref name="name"/>.</summary>
    public void Mark(string name)
    {
        var now = clock.Elapsed;
        if (enabled)
        {
            using var error = new StreamWriter(Console.OpenStandardError());
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"egov run phase {name,-24} {(now - last).TotalSeconds,6:0.000} s (at {now.TotalSeconds:0.000} s; process {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds:0.000} s)"));
        }
        last = now;
    }
}
