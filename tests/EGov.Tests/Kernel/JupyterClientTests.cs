using System.Text.Json.Nodes;

namespace EGov.Tests.Kernel;

/// <summary>
/// The kernel as Jupyter runs it: registered by <c>egov kernel install</c>, started and spoken to by real jupyter_client.
/// None of its ports may answer HTTP, and a message signed with another key (or not at all) must not run.
/// </summary>
public sealed class JupyterClientTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-jupyter-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public void The_installed_kernel_started_by_jupyter_client_has_no_HTTP_port_and_runs_only_signed_messages()
    {
        Jupyter.SkipUnlessPresent();
        var environment = Jupyter.Environment(Path.Combine(folder, "jupyter"));
        var name = "egov-test-" + Guid.NewGuid().ToString("N")[..8];
        var (installed, installOut, installErr) = Jupyter.Egov(environment, "kernel", "install", "--name", name);
        Assert.True(installed == 0, installOut + installErr);
        var work = Directory.CreateDirectory(Path.Combine(folder, "work")).FullName;

        var (exit, stdout, stderr) = Jupyter.Run(Jupyter.Python!, environment, Jupyter.CheckScript, name, work);

        Assert.True(exit == 0, stdout + stderr);
        var result = JsonNode.Parse(stdout.Trim().Split('\n')[^1])!;
        Assert.Equal("csharp", (string?)result["kernel_info"]?["language_info"]?["name"]);

        var first = result["first"]!;
        Assert.Equal("ok", (string?)first["reply"]?["status"]);
        var outputs = first["outputs"]!.AsArray();
        Assert.Contains(outputs, o => (string?)o?["type"] == "stream" && (string?)o["content"]?["text"] == "hello\n");
        Assert.Contains(outputs, o => (string?)o?["type"] == "execute_result" && (string?)o["content"]?["data"]?["text/plain"] == "3");
        Assert.Contains("error CS0029", (string?)result["compile_error"]?["reply"]?["evalue"]);

        // The kernel process listens on exactly the five ports of its connection file, on 127.0.0.1, and none speaks HTTP.
        var listening = result["listening"]!.AsArray();
        Assert.Equal(result["connection_ports"]!.AsArray().Select(p => (int)p!), listening.Select(p => (int)p!["port"]!).Order());
        Assert.All(listening, p => Assert.Equal("0100007F", (string?)p!["address"]));
        var probes = result["probes"]!.AsArray();
        Assert.Equal(5, probes.Count);
        Assert.All(probes, p =>
        {
            Assert.True((bool)p!["connected"]!, $"port {p["port"]}: {p["error"]}");
            Assert.False((bool)p["http"]!, $"port {p["port"]} answered HTTP: {p["first_bytes"]}");
        });

        Assert.Empty(result["bad_signatures"]!["replies"]!.AsArray());
        Assert.False((bool)result["bad_signatures"]!["ran"]!);
        Assert.False((bool)result["bad_ran_later"]!);
        Assert.True((bool)result["signed"]!["ran"]!);
        Assert.False((bool)result["alive_after_shutdown"]!);
    }

    [SkippableFact]
    public void Install_registers_says_when_it_repoints_a_kernelspec_registers_a_second_name_and_uninstalls()
    {
        Jupyter.SkipUnlessPresent();
        InstallSequence(Path.Combine(folder, "jupyter"), extra: null);
    }

    [SkippableFact]
    public void The_kernel_tests_neither_see_nor_change_the_machines_Jupyter_state()
    {
        Jupyter.SkipUnlessPresent();
        // A user whose machine has the project's kernelspec installed (README's `kernel install`), configuration, a
        // connection file and IPython history: a HOME of its own, so the real one is not needed to prove it.
        var home = Directory.CreateDirectory(Path.Combine(folder, "home")).FullName;
        var user = Path.Combine(home, ".local", "share", "jupyter");
        Write(Path.Combine(user, "kernels", ".net-csharp", "kernel.json"),
            """{"argv": ["dotnet", "/home/someone/egov/lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll", "kernel", "serve", "--connection-file", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#"}""");
        Write(Path.Combine(user, "kernels", "egov-second", "kernel.json"), """{"argv": ["true"], "display_name": "someone's", "language": "C#"}""");
        Write(Path.Combine(user, "runtime", "kernel-1234.json"), """{"key": "abc"}""");
        Write(Path.Combine(home, ".jupyter", "jupyter_config.json"), """{"KernelManager": {"shutdown_wait_time": 1}}""");
        Write(Path.Combine(home, ".ipython", "profile_default", "history.sqlite"), "history");
        var before = Snapshot(home);
        var realUser = Jupyter.Run(Jupyter.Program!, null, "--data-dir").Stdout.Trim();
        var realBefore = Snapshot(realUser);

        InstallSequence(Path.Combine(folder, "jupyter"), extra: new Dictionary<string, string> { ["HOME"] = home });

        Assert.Equal(before, Snapshot(home));
        Assert.Equal(realBefore, Snapshot(realUser));
        var isolated = Jupyter.Environment(Path.Combine(folder, "jupyter")).Keys.Order(StringComparer.Ordinal).Select(k => $"`{k}`");
        ReliabilityDoc.Check("kernel-state", "tests/EGov.Tests/Kernel/JupyterClientTests.cs",
            $"| the machine's Jupyter state before the kernel tests | files | unchanged after install, reinstall, repoint, a second name, uninstall twice |\n|---|---:|---:|\n" +
            $"| a user's kernelspecs (`.net-csharp` of another checkout, `egov-second`), connection file, configuration, IPython history | {before.Count} | {before.Count} |\n\n" +
            $"Set for every Jupyter and egov process of the tests: {string.Join(", ", isolated)}.\n");
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Every file under a folder with its bytes' hash (empty when the folder does not exist).</summary>
    private static List<string> Snapshot(string root) => !Directory.Exists(root) ? [] :
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(root, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            .ToList();

    [SkippableFact]
    public void Install_and_uninstall_leave_a_kernelspec_egov_did_not_make_as_it_is()
    {
        Jupyter.SkipUnlessPresent();
        var data = Directory.CreateTempSubdirectory("egov-foreign-spec-").FullName;
        try
        {
            var environment = Jupyter.Environment(data);
            // Another program's .net-csharp (the dotnet-interactive tool's, as it wrote it), and an egov one a user added a logo to.
            var foreign = Path.Combine(data, "kernels", ".net-csharp");
            Directory.CreateDirectory(foreign);
            File.WriteAllText(Path.Combine(foreign, "kernel.json"), """{"argv": ["/root/.dotnet/tools/dotnet-interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#"}""");
            File.WriteAllText(Path.Combine(foreign, "logo-64x64.png"), "not egov's");
            var before = Snapshot(data);
            foreach (var args in new[] { new[] { "kernel", "install" }, ["kernel", "install", "--uninstall"] })
            {
                var (exit, stdout, _) = Jupyter.Egov(environment, args);
                Assert.Equal(2, exit);
                Assert.Contains("was not made by egov", stdout);
                Assert.Contains("--name", stdout);
                Assert.Equal(before, Snapshot(data));
            }

            var (code, output, _) = Jupyter.Egov(environment, "kernel", "install", "--name", "egov-mine");
            Assert.Equal(0, code);
            File.WriteAllText(Path.Combine(data, "kernels", "egov-mine", "logo-64x64.png"), "the user's");
            var withLogo = Snapshot(data);
            (code, output, _) = Jupyter.Egov(environment, "kernel", "install", "--name", "egov-mine", "--uninstall");
            Assert.Equal(2, code);
            Assert.Contains("logo-64x64.png", output);
            Assert.Equal(withLogo, Snapshot(data));
        }
        finally { Directory.Delete(data, recursive: true); }
    }

    [SkippableFact]
    public void A_kernelspec_whose_kernel_json_is_a_named_pipe_is_left_as_it_is_without_blocking()
    {
        Jupyter.SkipUnlessPresent();
        var data = Directory.CreateTempSubdirectory("egov-pipe-spec-").FullName;
        try
        {
            var environment = Jupyter.Environment(data);
            var spec = Path.Combine(Directory.CreateDirectory(Path.Combine(data, "kernels", "egov-pipe")).FullName, "kernel.json");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [spec])!) mkfifo.WaitForExit();
            foreach (var args in new[] { new[] { "kernel", "install", "--name", "egov-pipe" }, ["kernel", "install", "--name", "egov-pipe", "--uninstall"] })
            {
                var run = Task.Run(() => Jupyter.Egov(environment, args));
                Assert.True(run.Wait(TimeSpan.FromSeconds(60)), $"egov {string.Join(' ', args)} blocked on a named pipe");
                var (exit, stdout, stderr) = run.Result;
                Assert.Equal(2, exit);
                Assert.Contains("was not made by egov", stdout);
                Assert.DoesNotContain("   at ", stdout + stderr);
                Assert.Equal(EGov.Cli.Run.Cache.EntryKind.Special, EGov.Cli.Run.Cache.FileStatus.Of(spec, follow: false).Kind); // still the pipe
            }
        }
        finally { Directory.Delete(data, recursive: true); }
    }

    /// <summary>install, install again, repoint, a second name, uninstall twice: the kernel tests' use of the installer.</summary>
    private static void InstallSequence(string data, IReadOnlyDictionary<string, string>? extra)
    {
        var environment = Jupyter.Environment(data);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) environment[key] = value;
        var spec = Path.Combine(data, "kernels", ".net-csharp", "kernel.json");

        var (exit, stdout, _) = Jupyter.Egov(environment, "kernel", "install");
        Assert.Equal(0, exit);
        Assert.Contains("registered: Jupyter kernelspec .net-csharp", stdout);
        var json = JsonNode.Parse(File.ReadAllText(spec))!;
        var argv = json["argv"]!.AsArray().Select(a => (string)a!).ToList();
        Assert.EndsWith("EGov.Cli.dll", argv[1]);
        Assert.Equal(["kernel", "serve", "--connection-file", "{connection_file}"], argv[2..]);
        Assert.Equal("message", (string?)json["interrupt_mode"]);
        Assert.Equal(".NET (C#)", (string?)json["display_name"]);

        Assert.Contains("unchanged: Jupyter kernelspec .net-csharp", Jupyter.Egov(environment, "kernel", "install").Stdout);

        // Another checkout registered it meanwhile: installing from here says so and names the previous target.
        var other = "/elsewhere/lib/EGov.Cli/bin/Release/net10.0/EGov.Cli.dll";
        json["argv"]![1] = other;
        File.WriteAllText(spec, json.ToJsonString());
        (exit, stdout, _) = Jupyter.Egov(environment, "kernel", "install");
        Assert.Equal(0, exit);
        Assert.Contains("repointed: Jupyter kernelspec .net-csharp", stdout);
        Assert.Contains("it ran before: " + other, stdout);
        Assert.Contains("--name", stdout);

        (exit, stdout, _) = Jupyter.Egov(environment, "kernel", "install", "--name", "egov-second");
        Assert.Equal(0, exit);
        Assert.Contains("registered: Jupyter kernelspec egov-second", stdout);
        Assert.Equal(".NET (C#, egov-second)", (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(data, "kernels", "egov-second", "kernel.json")))!["display_name"]);
        Assert.True(File.Exists(spec));

        (exit, stdout, _) = Jupyter.Egov(environment, "kernel", "install", "--uninstall");
        Assert.Equal(0, exit);
        Assert.Contains("removed: Jupyter kernelspec .net-csharp", stdout);
        Assert.False(File.Exists(spec));
        Assert.True(Directory.Exists(Path.Combine(data, "kernels", "egov-second")));
        Assert.Contains("unchanged: no Jupyter kernelspec .net-csharp", Jupyter.Egov(environment, "kernel", "install", "--uninstall").Stdout);
    }
}
