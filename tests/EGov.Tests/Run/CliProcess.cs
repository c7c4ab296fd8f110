using System.Diagnostics;

namespace EGov.Tests.Run;

/// <summary>Runs the real `egov` program (EGov.Cli.dll beside the tests) as a process.</summary>
internal static class CliProcess
{
    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        RunWithPath(null, workingDirectory, args);

    /// <summary>Runs the program with PATH replaced (null keeps it).</summary>
    public static (int Exit, string Stdout, string Stderr) RunWithPath(string? path, string workingDirectory, params string[] args) =>
        RunWithEnvironment(path is null ? [] : new Dictionary<string, string?> { ["PATH"] = path }, workingDirectory, args);

    /// <summary>
    /// Runs the program with environment variables set (a null value removes one). Each run has an execution cache of its
    /// own, so no test is served outputs stored by another (or by the repository's own runs); the cache tests pass --cache-dir.
    /// </summary>
    public static (int Exit, string Stdout, string Stderr) RunWithEnvironment(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args) =>
        RunWithin(Limit, environment, workingDirectory, args);

    /// <summary>Runs the program, failing the test with <see cref="TimeoutException"/> when it takes longer than <paramref name="limit"/> (a hang).</summary>
    public static (int Exit, string Stdout, string Stderr) RunWithin(TimeSpan limit, IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args)
    {
        var cache = Directory.CreateTempSubdirectory("egov-test-cache-").FullName;
        try { return RunWithCache(environment, workingDirectory, cache, args, limit); }
        finally { Directory.Delete(cache, recursive: true); }
    }

    private static (int Exit, string Stdout, string Stderr) RunWithCache(IReadOnlyDictionary<string, string?> environment, string workingDirectory, string cache, string[] args, TimeSpan limit)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.Environment["EGOV_RUN_CACHE"] = cache;
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            // A hang is a failure of the test, not of the test run: the process tree is stopped and the output shown.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"egov {string.Join(' ', args)} did not end within {limit.TotalSeconds:0} s: {stdout.Result}{stderr.Result}");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>How long one program run may take before the test fails as hung.</summary>
    public static TimeSpan Limit { get; } = TimeSpan.FromMinutes(10);

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures", "notebooks");
}
