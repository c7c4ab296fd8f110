using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EGov.Cli.Kernel;

/// <summary>
/// Registers this program as a Jupyter kernel (for Jupyter and VS Code's Jupyter extension): a kernelspec whose command is
/// <c>dotnet EGov.Cli.dll kernel serve --connection-file {connection_file}</c>, so the kernel is the C# kernel that
/// <c>egov run</c> hosts, behind the Jupyter messaging protocol (ZeroMQ, HMAC-signed), with no HTTP server. Kernelspecs
/// are per user: registering a name that points elsewhere (another checkout) says so and prints the previous target.
/// </summary>
internal sealed class KernelInstaller(string name, TextWriter log)
{
    /// <summary>The kernelspec name the notebooks' metadata asks for.</summary>
    public const string DefaultName = ".net-csharp";

    private string DisplayName => name == DefaultName ? ".NET (C#)" : $".NET (C#, {name})";

    /// <summary>Registers or repoints the kernelspec (nothing changes when it is already this one); returns the exit code.</summary>
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
        var argv = Command();
        var text = Spec(argv).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var existing = Existing();
        if (existing is not null && existing.Spec == text)
        {
            log.WriteLine($"unchanged: Jupyter kernelspec {name} ({existing.Folder}) -> {Target(argv)}");
            return 0;
        }
        if (existing is not null && Foreign(existing) is { } why) return Refuse("install", existing, why);
        var staging = Directory.CreateTempSubdirectory("egov-kernelspec-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(staging, "kernel.json"), text);
            var (exit, stdout, stderr) = ProcessRunner.Run("jupyter", "kernelspec", "install", staging, "--user", "--name", name, "--replace");
            if (exit != 0) throw new InvalidOperationException($"jupyter kernelspec install failed: {stderr}{stdout}");
        }
        finally { Directory.Delete(staging, recursive: true); }
        var folder = Existing()?.Folder ?? "?";
        if (existing is null)
            log.WriteLine($"registered: Jupyter kernelspec {name} ({folder}) -> {Target(argv)}");
        else
        {
            log.WriteLine($"repointed: Jupyter kernelspec {name} ({folder}) -> {Target(argv)}");
            log.WriteLine($"  it ran before: {Target(existing.Argv)}");
            log.WriteLine($"  Kernelspecs are per user, shared by every checkout: to keep both, register this one under another name with `kernel install --name NAME`.");
        }
        if (Shadowing(folder) is { } other)
            log.WriteLine($"  Note: Jupyter finds another kernelspec {name} first ({other}, from JUPYTER_PATH); this installer leaves it alone.");
        log.WriteLine($"done: Jupyter and VS Code's Jupyter extension can now use the kernel '{name}' ({DisplayName}).");
        return 0;
    }

    /// <summary>Removes the kernelspec; returns the exit code.</summary>
    public int Uninstall()
    {
        if (Existing() is { } existing)
        {
            if (Foreign(existing) is { } why) return Refuse("install --uninstall", existing, why);
            Directory.Delete(existing.Folder, recursive: true);
            log.WriteLine($"removed: Jupyter kernelspec {name} ({existing.Folder}), which ran {Target(existing.Argv)}");
        }
        else log.WriteLine($"unchanged: no Jupyter kernelspec {name} to remove");
        return 0;
    }

    /// <summary>
    /// Why the kernelspec found is not this installer's to replace or remove (it never deletes what it did not write), or
    /// null: it must run <c>EGov.Cli.dll kernel serve</c> (this or another checkout) or the tool's <c>egov kernel serve</c>, and hold nothing but its kernel.json.
    /// </summary>
    private static string? Foreign(Registered existing)
    {
        var ours = RunsEgov(existing.Argv) && existing.Argv.Contains("kernel") && existing.Argv.Contains("serve");
        if (!ours) return $"it runs {(existing.Argv.Count == 0 ? "nothing this installer can read" : string.Join(' ', existing.Argv))}, not egov's kernel";
        var others = Directory.EnumerateFileSystemEntries(existing.Folder).Select(Path.GetFileName).Where(f => f != "kernel.json").Order(StringComparer.Ordinal).ToList();
        return others.Count == 0 ? null : $"it also holds {string.Join(", ", others)}, which egov kernel install did not write";
    }

    private int Refuse(string command, Registered existing, string why)
    {
        log.WriteLine($"egov kernel {command}: the Jupyter kernelspec {name} in {existing.Folder} was not made by egov ({why}); nothing was changed.");
        log.WriteLine($"  Register egov's kernel under another name (`kernel install --name NAME`), or remove that kernelspec yourself if nothing needs it (`jupyter kernelspec remove {name}`).");
        return 2;
    }

    private JsonObject Spec(IReadOnlyList<string> argv) => new()
    {
        ["argv"] = new JsonArray([.. argv.Select(a => (JsonNode?)JsonValue.Create(a))]),
        ["display_name"] = DisplayName,
        ["language"] = "C#",
        ["interrupt_mode"] = "message",
        ["metadata"] = new JsonObject { ["installed_by"] = "egov kernel install", ["debugger"] = false },
    };

    /// <summary>
    /// The kernel's command: the dotnet host running this program, this program's assembly, <c>kernel serve</c>; for the
    /// installed .NET tool started by its launcher, that launcher (<c>~/.dotnet/tools/egov kernel serve ...</c>), which
    /// still starts the tool after <c>dotnet tool update</c>. (A ReadyToRun copy would not start the kernel measurably
    /// sooner: the C# kernel is built while Jupyter connects.)
    /// </summary>
    private static List<string> Command() => InstalledTool.Launcher is { } launcher
        ? [launcher, "kernel", "serve", "--connection-file", "{connection_file}"]
        : [DotnetHost.Find() ?? "dotnet", Assembly.GetEntryAssembly()!.Location, "kernel", "serve", "--connection-file", "{connection_file}"];

    /// <summary>True when the command starts egov: its assembly (<c>dotnet .../EGov.Cli.dll</c>) or the tool's launcher (<c>.../egov</c>).</summary>
    private static bool RunsEgov(IReadOnlyList<string> argv) =>
        argv.Any(a => a.EndsWith("EGov.Cli.dll", StringComparison.OrdinalIgnoreCase))
        || (argv.Count > 0 && Path.GetFileNameWithoutExtension(argv[0]) == InstalledTool.CommandName);

    private static string Target(IReadOnlyList<string> argv) =>
        argv.FirstOrDefault(a => a.EndsWith("EGov.Cli.dll", StringComparison.OrdinalIgnoreCase))
        ?? (RunsEgov(argv) ? argv[0] : string.Join(' ', argv));

    private sealed record Registered(string Folder, IReadOnlyList<string> Argv, string? Spec);

    /// <summary>
    /// The kernelspec of this name in the folder <c>jupyter kernelspec install --user</c> writes to (<c>jupyter --data-dir</c>,
    /// which honours JUPYTER_DATA_DIR), or null. Only that folder is looked at and changed: a kernelspec of the same name
    /// elsewhere on Jupyter's path (the system's, a virtual environment's, Python's user site) is not this installer's.
    /// </summary>
    private Registered? Existing()
    {
        if (UserKernelsFolder() is not { } kernels) return null;
        var folder = Path.Combine(kernels, name);
        var spec = Path.Combine(folder, "kernel.json");
        if (!File.Exists(spec) && !Directory.Exists(spec)) return null;
        // Read without blocking and only if a regular file (a named pipe put there must not hang the install).
        string? json = null;
        try { json = RegularFile.ReadText(spec, 1 << 20, "a kernelspec is a small JSON file"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        List<string> argv;
        try { argv = json is null ? [] : JsonNode.Parse(json)?["argv"]?.AsArray().Select(a => (string?)a ?? "").ToList() ?? []; }
        catch (JsonException) { argv = []; }
        return new Registered(folder, argv, json);
    }

    /// <summary>The user's kernelspec folder, <c>$(jupyter --data-dir)/kernels</c>, or null when Jupyter cannot say.</summary>
    private static string? UserKernelsFolder()
    {
        if (ProcessRunner.Find("jupyter") is null) return null;
        var (exit, stdout, _) = ProcessRunner.Run("jupyter", "--data-dir");
        var data = stdout.Trim();
        return exit == 0 && data.Length > 0 && Path.IsPathRooted(data) ? Path.Combine(data, "kernels") : null;
    }

    /// <summary>A kernelspec of the same name that Jupyter finds before the one just written (JUPYTER_PATH comes first), or null.</summary>
    private string? Shadowing(string folder)
    {
        var (exit, stdout, _) = ProcessRunner.Run("jupyter", "kernelspec", "list", "--json");
        if (exit != 0) return null;
        try
        {
            var found = (string?)JsonNode.Parse(stdout)?["kernelspecs"]?[name]?["resource_dir"];
            return found is not null && Path.GetFullPath(found) != Path.GetFullPath(folder) ? found : null;
        }
        catch (JsonException) { return null; }
    }
}
