using System.Text.Json.Nodes;
using EGov.Tests.Notebooks;

namespace EGov.Tests.Kernel;

/// <summary>
/// Interrupt as Jupyter sends it: the kernelspec that <c>egov kernel install</c> registers says interrupt_mode "message", and
/// real jupyter_client's <c>interrupt_kernel()</c> (what classic Notebook, JupyterLab and nbclient call) then sends
/// interrupt_request on control: a busy loop stops within a second and the kernel keeps its variables.
/// </summary>
public sealed class JupyterClientInterruptTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-jupyter-interrupt-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public void Jupyter_client_interrupts_a_busy_loop_and_the_next_cell_sees_the_variables()
    {
        Jupyter.SkipUnlessPresent();
        var environment = Jupyter.Environment(Path.Combine(folder, "jupyter"));
        var name = "egov-test-" + Guid.NewGuid().ToString("N")[..8];
        var (installed, installOut, installErr) = Jupyter.Egov(environment, "kernel", "install", "--name", name);
        Assert.True(installed == 0, installOut + installErr);
        var work = Directory.CreateDirectory(Path.Combine(folder, "work")).FullName;
        var script = Path.Combine(RepositoryPaths.Root, "tests", "EGov.Tests", "Kernel", "jupyter_client_interrupt.py");

        var (exit, stdout, stderr) = Jupyter.Run(Jupyter.Python!, environment, script, name, work);

        Assert.True(exit == 0, stdout + stderr);
        var result = JsonNode.Parse(stdout.Trim().Split('\n')[^1])!;
        Assert.Equal("message", (string?)result["interrupt_mode"]);
        Assert.Equal("ok", (string?)result["before"]);
        Assert.Equal("error", (string?)result["interrupted"]?["status"]);
        Assert.Equal("Interrupted", (string?)result["interrupted"]?["ename"]);
        Assert.True((double)result["interrupt_seconds"]! < 1.0, $"interrupted after {result["interrupt_seconds"]} s");
        Assert.Equal("ok", (string?)result["after"]?["status"]);
        Assert.Equal(["42"], result["after"]!["results"]!.AsArray().Select(r => (string?)r));
        Assert.True((bool)result["alive"]!);
    }
}
