using System.Diagnostics;

namespace EGov.Tests.Run;

/// <summary>Runs the real `egov` program (EGov.Cli.dll beside the tests) as a process.</summary>
internal static class CliProcess
{
    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures", "notebooks");
}
