using System.Collections;
using System.Globalization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// The process-wide state a notebook can change and the next notebook of the same worker process would otherwise
/// inherit: .NET Interactive's formatters and data explorers (static), environment variables, the working directory,
/// the default cultures and the console's input. (The console's writers are the kernel's: it swaps them for each
/// cell and puts the original ones back.) Captured when the worker starts, put back after every notebook.
/// What cannot be put back (static fields of loaded assemblies, threads a notebook left running) is why a worker is
/// replaced after a timeout or a crash, and why notebooks asking for other versions of a loaded package get a new process.
/// </summary>
internal sealed class ProcessState
{
    private readonly Dictionary<string, string> environment;
    private readonly string directory;
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;
    private readonly CultureInfo? defaultCulture;
    private readonly CultureInfo? defaultUiCulture;
    private readonly TextReader input;

    private ProcessState()
    {
        environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        directory = Environment.CurrentDirectory;
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        defaultCulture = CultureInfo.DefaultThreadCurrentCulture;
        defaultUiCulture = CultureInfo.DefaultThreadCurrentUICulture;
        input = Console.In;
    }

    /// <summary>The state as it is now (before the first notebook).</summary>
    public static ProcessState Capture() => new();

    /// <summary>Puts everything back as it was captured: a kernel made after this starts as in a fresh process.</summary>
    public void Restore()
    {
        Formatter.ResetToDefault();
        DataExplorer.ResetToDefault();
        var now = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();
        foreach (var name in now.Where(n => !environment.ContainsKey(n))) Environment.SetEnvironmentVariable(name, null);
        foreach (var (name, value) in environment)
            if (Environment.GetEnvironmentVariable(name) != value) Environment.SetEnvironmentVariable(name, value);
        Environment.CurrentDirectory = directory;
        CultureInfo.DefaultThreadCurrentCulture = defaultCulture;
        CultureInfo.DefaultThreadCurrentUICulture = defaultUiCulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        Console.SetIn(input);
    }
}
