using System.Diagnostics;
using EGov.Tests.Notebooks;

namespace EGov.Tests.Kernel;

/// <summary>
/// Real Jupyter (jupyter_client; Debian: apt-get install jupyter-client jupyter-nbconvert python3-nbclient) for the tests
/// that start the kernel the way Jupyter does. CI installs it (.ci/run) and sets EGOV_REQUIRE_BROWSER=1, so a missing
/// Jupyter fails there; elsewhere those tests skip. Every run uses its own Jupyter data folder: the user's kernelspecs
/// are never touched.
/// </summary>
internal static class Jupyter
{
    /// <summary>The <c>jupyter</c> program on PATH, or null.</summary>
    public static string? Program =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "jupyter")).FirstOrDefault(File.Exists);

    /// <summary>The Python that runs <c>jupyter</c> (its #! line), which has jupyter_client.</summary>
    public static string? Python
    {
        get
        {
            if (Program is not { } jupyter) return null;
            var first = File.ReadLines(jupyter).FirstOrDefault() ?? "";
            var python = first.StartsWith("#!", StringComparison.Ordinal) ? first[2..].Trim().Split(' ')[0] : "python3";
            return python.EndsWith("/env", StringComparison.Ordinal) ? first[2..].Trim().Split(' ').Skip(1).FirstOrDefault() : python;
        }
    }

    public static string CheckScript => Path.Combine(RepositoryPaths.Root, "tests", "EGov.Tests", "Kernel", "jupyter_client_check.py");

    public static void SkipUnlessPresent()
    {
        if (Program is not null && Python is { } python && Run(python, null, "-c", "import jupyter_client").Exit == 0) return;
        if (System.Environment.GetEnvironmentVariable("EGOV_REQUIRE_BROWSER") == "1" || System.Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException("Jupyter is required here but jupyter_client was not found (apt-get install jupyter-client jupyter-nbconvert python3-nbclient)");
        Skip.If(true, "Jupyter is not installed (apt-get install jupyter-client jupyter-nbconvert python3-nbclient); CI runs this check");
    }

    /// <summary>
    /// Environment for Jupyter and the egov program that keeps both away from the machine's Jupyter state: kernelspecs
    /// (data), connection files (runtime), configuration and IPython's history all under <paramref name="data"/>, no
    /// JUPYTER_PATH, no configuration files, and (when jupyter_client does not live there) not Python's user site either,
    /// whose share/jupyter Jupyter also searches for kernelspecs (~/.local/share/jupyter even with JUPYTER_DATA_DIR set).
    /// </summary>
    public static Dictionary<string, string> Environment(string data)
    {
        var environment = new Dictionary<string, string>
        {
            ["JUPYTER_DATA_DIR"] = data,
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(data, "runtime"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(data, "config"),
            ["JUPYTER_PATH"] = "",
            ["JUPYTER_CONFIG_PATH"] = "",
            ["JUPYTER_NO_CONFIG"] = "1",
            ["IPYTHONDIR"] = Path.Combine(data, "ipython"),
            ["XDG_DATA_HOME"] = Path.Combine(data, "xdg"), // the kernel's history file
        };
        if (WorksWithoutUserSite.Value) environment["PYTHONNOUSERSITE"] = "1";
        return environment;
    }

    private static readonly Lazy<bool> WorksWithoutUserSite = new(() =>
        Python is { } python && Run(python, new Dictionary<string, string> { ["PYTHONNOUSERSITE"] = "1" }, "-c", "import jupyter_client").Exit == 0);

    public static (int Exit, string Stdout, string Stderr) Run(string program, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>Runs the egov program (EGov.Cli.dll beside the tests) with the given environment.</summary>
    public static (int Exit, string Stdout, string Stderr) Egov(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dotnet = System.Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        return Run(dotnet, environment, [Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"), .. args]);
    }
}
