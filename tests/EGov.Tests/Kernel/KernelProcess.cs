using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace EGov.Tests.Kernel;

/// <summary>
/// A real <c>egov kernel serve</c> process (EGov.Cli.dll beside the tests) on free 127.0.0.1 ports, with a connection
/// file written here as Jupyter would write it; killed on dispose if it is still running.
/// </summary>
internal sealed class KernelProcess : IDisposable
{
    private readonly StringBuilder stderr = new();

    /// <param name="folder">Where the connection file is written (and the kernel runs, unless <paramref name="workingDirectory"/>).</param>
    public KernelProcess(string folder, string? key = null, string? workingDirectory = null)
    {
        Key = key ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Ports = FreePorts(5);
        ConnectionFile = Path.Combine(folder, $"kernel-{Guid.NewGuid():N}.json");
        File.WriteAllText(ConnectionFile, new JsonObject
        {
            ["transport"] = "tcp", ["ip"] = "127.0.0.1", ["signature_scheme"] = "hmac-sha256", ["key"] = Key,
            ["shell_port"] = Ports[0], ["iopub_port"] = Ports[1], ["stdin_port"] = Ports[2], ["control_port"] = Ports[3], ["hb_port"] = Ports[4],
            ["kernel_name"] = "test",
        }.ToJsonString());
        // As Jupyter writes it: readable by its owner only (the kernel warns otherwise).
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(ConnectionFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory ?? folder };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"), "kernel", "serve", "--connection-file", ConnectionFile })
            start.ArgumentList.Add(arg);
        // The kernel's history file goes under the test's folder, never into the user's ~/.local/share.
        start.Environment["XDG_DATA_HOME"] = Path.Combine(folder, "xdg");
        Process = Process.Start(start)!;
        Process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        Process.OutputDataReceived += (_, _) => { };
        Process.BeginErrorReadLine();
        Process.BeginOutputReadLine();
    }

    public Process Process { get; }

    public string Key { get; }

    /// <summary>shell, iopub, stdin, control, heartbeat.</summary>
    public IReadOnlyList<int> Ports { get; }

    public string ConnectionFile { get; }

    public string Stderr { get { lock (stderr) return stderr.ToString(); } }

    public void Dispose()
    {
        try { if (!Process.HasExited) Process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* exited meanwhile */ }
        Process.WaitForExit(10_000);
        Process.Dispose();
    }

    private static List<int> FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        foreach (var l in listeners) l.Start();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
        foreach (var l in listeners) l.Stop();
        return ports;
    }
}
