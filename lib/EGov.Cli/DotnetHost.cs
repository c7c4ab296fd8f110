using EGov.Cli.Kernel;

namespace EGov.Cli;

/// <summary>
/// The <c>dotnet</c> host that starts this program's assembly (worker processes, the kernelspec's command): the process's
/// own when it is <c>dotnet</c>; else the one the SDK names (<c>DOTNET_HOST_PATH</c>); else the host of the runtime this
/// program runs on (three folders above the runtime's); else the first <c>dotnet</c> on PATH.
/// </summary>
internal static class DotnetHost
{
    /// <summary>The host's path, or null when none is found.</summary>
    public static string? Find()
    {
        if (Environment.ProcessPath is { } path && IsDotnet(path)) return path;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        var root = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var beside = Path.Combine(root, FileName);
        return File.Exists(beside) ? beside : ProcessRunner.Find(FileName);
    }

    /// <summary>True when <paramref name="path"/> names the dotnet host (dotnet or dotnet.exe).</summary>
    public static bool IsDotnet(string path) => Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    private static string FileName => OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
}
