using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EGov.Cli.Kernel;

/// <summary>
/// Installs the real .NET Interactive kernel for Jupyter and VS Code, fixed for this project's packages:
/// the pinned dotnet-interactive tool in a project-local tool path, its FSharp.Core 10.0 replaced by the FSharp.Core this
/// program ships (10.1.404; Deedle 8.1.0 and Plotly.NET 6.0.0 need at least 10.1.201 and 10.1.403), and the Jupyter
/// kernelspec <c>.net-csharp</c> pointing at it with the kernel's HTTP server bound to loopback only.
/// </summary>
internal sealed class KernelInstaller(string toolsRoot, TextWriter log)
{
    public const string ToolPackage = "Microsoft.dotnet-interactive";
    public const string ToolVersion = "1.0.712001";
    public const string KernelName = ".net-csharp";

    private string ToolPath => Path.Combine(toolsRoot, "dotnet-interactive");
    private string ToolExecutable => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "dotnet-interactive.exe" : "dotnet-interactive");
    private string ToolFolder => Path.Combine(ToolPath, ".store", ToolPackage.ToLowerInvariant(), ToolVersion, ToolPackage.ToLowerInvariant(), ToolVersion, "tools", "net10.0", "any");

    /// <summary>Installs or repairs everything; returns the process exit code.</summary>
    public int Install()
    {
        if (ProcessRunner.Find("jupyter") is null)
        {
            log.WriteLine("egov kernel install: Jupyter is not installed (no `jupyter` on PATH).");
            log.WriteLine("  Debian/Ubuntu: sudo apt-get install jupyter-client jupyter-nbconvert python3-nbclient");
            log.WriteLine("  elsewhere:     pip install jupyter");
            log.WriteLine("  VS Code's Jupyter extension needs it too.");
            return 2;
        }
        InstallTool();
        PatchFSharpCore();
        RegisterKernelspec();
        log.WriteLine($"done: Jupyter and VS Code's Jupyter extension can now use the kernel '{KernelName}' (.NET (C#)).");
        log.WriteLine("Polyglot Notebooks (deprecated, still usable): add to VS Code's settings.json");
        var args = new JsonArray(ToolExecutable, "[vscode]", "stdio", "--working-dir", "{working_dir}").ToJsonString();
        var parser = new JsonArray(ToolExecutable, "notebook-parser").ToJsonString();
        log.WriteLine($"  \"dotnet-interactive.kernelTransportArgs\": {args},");
        log.WriteLine($"  \"dotnet-interactive.notebookParserArgs\": {parser}");
        return 0;
    }

    /// <summary>Removes the kernelspec and the project-local tool; returns the process exit code.</summary>
    public int Uninstall()
    {
        if (KernelspecFolder() is { } folder)
        {
            Directory.Delete(folder, recursive: true);
            log.WriteLine($"removed the Jupyter kernelspec {KernelName} ({folder})");
        }
        else log.WriteLine($"no Jupyter kernelspec {KernelName} to remove");
        if (Directory.Exists(ToolPath))
        {
            Directory.Delete(ToolPath, recursive: true);
            log.WriteLine($"removed the dotnet-interactive tool ({ToolPath})");
        }
        else log.WriteLine("no project-local dotnet-interactive tool to remove");
        return 0;
    }

    private void InstallTool()
    {
        if (File.Exists(ToolExecutable) && Directory.Exists(ToolFolder))
        {
            log.WriteLine($"unchanged: {ToolPackage} {ToolVersion} in {ToolPath}");
            return;
        }
        var (exit, stdout, stderr) = ProcessRunner.Run("dotnet", "tool", "install", ToolPackage, "--version", ToolVersion, "--tool-path", ToolPath);
        if (exit != 0) throw new InvalidOperationException($"dotnet tool install failed: {stderr}{stdout}");
        log.WriteLine($"installed: {ToolPackage} {ToolVersion} in {ToolPath}");
    }

    private void PatchFSharpCore()
    {
        var ours = typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly.Location;
        var theirs = Path.Combine(ToolFolder, "FSharp.Core.dll");
        if (!File.Exists(theirs)) throw new InvalidOperationException($"the tool has no FSharp.Core.dll at {theirs}");
        if (SHA256.HashData(File.ReadAllBytes(ours)).SequenceEqual(SHA256.HashData(File.ReadAllBytes(theirs))))
        {
            log.WriteLine($"unchanged: the tool's FSharp.Core is already {Version(ours)}");
            return;
        }
        var backup = theirs + ".original";
        if (!File.Exists(backup)) File.Copy(theirs, backup);
        File.Copy(ours, theirs, overwrite: true);
        log.WriteLine($"replaced: the tool's FSharp.Core {Version(backup)} with {Version(ours)} (Deedle and Plotly.NET need >= 10.1.403); original kept as {Path.GetFileName(backup)}");
    }

    private void RegisterKernelspec()
    {
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(ToolExecutable, "jupyter", "--default-kernel", "csharp", "--http-local-only", "{connection_file}"),
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["metadata"] = new JsonObject { ["installed_by"] = "egov kernel install", ["tool_version"] = ToolVersion },
        };
        var text = spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        if (KernelspecFolder() is { } existing && File.Exists(Path.Combine(existing, "kernel.json")) && File.ReadAllText(Path.Combine(existing, "kernel.json")) == text)
        {
            log.WriteLine($"unchanged: Jupyter kernelspec {KernelName} ({existing})");
            return;
        }
        var staging = Directory.CreateTempSubdirectory("egov-kernelspec-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(staging, "kernel.json"), text);
            var (exit, stdout, stderr) = ProcessRunner.Run("jupyter", "kernelspec", "install", staging, "--user", "--name", KernelName, "--replace");
            if (exit != 0) throw new InvalidOperationException($"jupyter kernelspec install failed: {stderr}{stdout}");
        }
        finally { Directory.Delete(staging, recursive: true); }
        log.WriteLine($"registered: Jupyter kernelspec {KernelName} -> {ToolExecutable} (HTTP server on loopback only: --http-local-only)");
    }

    private static string? KernelspecFolder()
    {
        if (ProcessRunner.Find("jupyter") is null) return null;
        var (exit, stdout, _) = ProcessRunner.Run("jupyter", "kernelspec", "list", "--json");
        if (exit != 0) return null;
        var dir = (string?)JsonNode.Parse(stdout)?["kernelspecs"]?[KernelName]?["resource_dir"];
        return dir is not null && Directory.Exists(dir) ? dir : null;
    }

    private static string Version(string assembly) => System.Reflection.AssemblyName.GetAssemblyName(assembly).Version?.ToString() ?? "?";
}
