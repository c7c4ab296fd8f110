using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using EGov.Tests.Kernel;
using EGov.Tests.Notebooks;
using EGov.Tests.Run;

namespace EGov.Tests.Cli;

/// <summary>
/// README's exit-code table (under <c>&lt;!-- exit-codes --&gt;</c>) against the real program: every code the table lists
/// for a command is produced by a real case here, and every case here is in the table. The cases and their outcome are
/// docs/reliability.md's "Exit codes of every command" section.
/// </summary>
public sealed class ExitCodeTableTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-exit-codes-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>The table: command → the codes it lists (cells other than "-").</summary>
    private static Dictionary<string, SortedSet<int>> Table()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md")).SkipWhile(l => l.Trim() != "<!-- exit-codes -->").Skip(1)
            .TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.True(lines.Count > 2, "README.md has no table under <!-- exit-codes -->");
        var codes = lines[0].Split('|', StringSplitOptions.TrimEntries)[2..^1].Select(int.Parse).ToList();
        var table = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var row in lines.Skip(2))
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries)[1..^1];
            table[cells[0].Trim('`')] = new SortedSet<int>(codes.Where((_, i) => cells[i + 1] != "-"));
        }
        return table;
    }

    private sealed record Outcome(string Command, int Expected, string Case, int Exit, string Output, bool Skipped = false);

    [Fact]
    public void Every_exit_code_in_READMEs_table_is_produced_by_its_command_and_no_other()
    {
        var table = Table();
        var outcomes = Cases().ToList();
        var failures = new List<string>();
        foreach (var o in outcomes.Where(o => !o.Skipped && o.Exit != o.Expected))
            failures.Add($"{o.Command} ({o.Case}): exit {o.Exit}, expected {o.Expected}\n{o.Output}");
        foreach (var o in outcomes.Where(o => !o.Skipped && o.Output.Contains("   at ", StringComparison.Ordinal)))
            failures.Add($"{o.Command} ({o.Case}): a stack trace\n{o.Output}");
        foreach (var (command, codes) in table)
            foreach (var code in codes.Where(code => !outcomes.Any(o => o.Command == command && o.Expected == code)))
                failures.Add($"README lists exit {code} for {command}, and no case here produces it");
        foreach (var o in outcomes.Where(o => !table.TryGetValue(o.Command, out var codes) || !codes.Contains(o.Expected)))
            failures.Add($"{o.Command} exits {o.Expected} ({o.Case}), and README's table does not say so");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        var section = new System.Text.StringBuilder("| command | exit | case | result |\n|---|---:|---|---|\n");
        foreach (var o in outcomes)
            section.Append($"| `{o.Command}` | {o.Expected} | {o.Case} | {(o.Skipped ? "skipped here (needs Jupyter)" : "as README says")} |\n");
        section.Append($"\n{outcomes.Count} cases over {table.Count} commands, each code of README's table produced by the real program " +
                       $"({outcomes.Count(o => !o.Skipped)} run, {outcomes.Count(o => o.Skipped)} skipped).\n");
        if (outcomes.All(o => !o.Skipped)) ReliabilityDoc.Check("exit-codes", "tests/EGov.Tests/Cli/ExitCodeTableTests.cs", section.ToString());
    }

    private (int Exit, string Output) Egov(params string[] args)
    {
        var (exit, stdout, stderr) = CliProcess.Run(root, args);
        return (exit, stdout + stderr);
    }

    private IEnumerable<Outcome> Cases()
    {
        Outcome Case(string command, int expected, string description, (int Exit, string Output) run) =>
            new(command, expected, description, run.Exit, run.Output);

        // run
        var fixtures = CliProcess.Fixtures;
        var passing = Path.Combine(root, "01-passing.ipynb");
        File.Copy(Path.Combine(fixtures, "passing.ipynb"), passing);
        yield return Case("run", 0, "a passing notebook", Egov("run", passing, "--out", Path.Combine(root, "run-ok")));
        yield return Case("run", 1, "a notebook with a compile error", Egov("run", Path.Combine(fixtures, "compile-error.ipynb"), "--out", Path.Combine(root, "run-failed")));
        yield return Case("run", 2, "--parallel 0", Egov("run", Path.Combine(fixtures, "passing.ipynb"), "--parallel", "0", "--out", Path.Combine(root, "run-usage")));
        yield return Case("run", 130, "SIGTERM during a notebook that never ends", Terminated(Path.Combine(fixtures, "timeout.ipynb")));

        // publish (from the passing run above)
        File.WriteAllText(Path.Combine(root, "README.md"), "# Test\n\n<!-- egov publish: results --><!-- /egov publish: results -->\n");
        string[] Publish(params string[] extra) => ["publish", "--from", Path.Combine(root, "run-ok"), "--out", Path.Combine(root, "collection"), "--readme", Path.Combine(root, "README.md"), .. extra];
        yield return Case("publish", 1, "--check before anything was published", Egov(Publish("--check")));
        yield return Case("publish", 0, "a run of one notebook", Egov(Publish()));
        yield return Case("publish", 2, "--readme names no file", Egov(["publish", "--from", Path.Combine(root, "run-ok"), "--out", Path.Combine(root, "collection2"), "--readme", Path.Combine(root, "none.md")]));

        // import
        var import = Path.Combine(AppContext.BaseDirectory, "Fixtures", "import");
        yield return Case("import", 0, "a good export", Egov("import", Path.Combine(import, "countries.csv"), Path.Combine(import, "good.csv"), "--from-scratch", "--out", Path.Combine(root, "data-ok")));
        yield return Case("import", 1, "an unknown country name", Egov("import", Path.Combine(import, "countries.csv"), Path.Combine(import, "bad-country.csv"), "--from-scratch", "--out", Path.Combine(root, "data-bad")));
        yield return Case("import", 2, "--wait abc", Egov("import", Path.Combine(import, "good.csv"), "--out", Path.Combine(root, "data-usage"), "--wait", "abc"));

        // kernel install (Jupyter's own data folder, never the user's)
        var data = Path.Combine(root, "jupyter");
        var hasJupyter = Jupyter.Program is not null;
        if (hasJupyter)
        {
            var environment = Jupyter.Environment(data);
            (int, string) Install(IReadOnlyDictionary<string, string> env, params string[] args)
            {
                var (exit, stdout, stderr) = Jupyter.Egov(env, ["kernel", "install", .. args]);
                return (exit, stdout + stderr);
            }
            yield return Case("kernel install", 0, "a new kernelspec", Install(environment, "--name", "egov-exit-test"));
            var blocked = new Dictionary<string, string>(Jupyter.Environment(Path.Combine(root, "not-a-folder")));
            File.WriteAllText(Path.Combine(root, "not-a-folder"), "a file where Jupyter's data folder should be\n");
            yield return Case("kernel install", 1, "Jupyter's data folder is a file", Install(blocked, "--name", "egov-exit-test"));
        }
        else
        {
            yield return new Outcome("kernel install", 0, "a new kernelspec", 0, "", Skipped: true);
            yield return new Outcome("kernel install", 1, "Jupyter's data folder is a file", 1, "", Skipped: true);
        }
        yield return Case("kernel install", 2, "--name with a space", Egov("kernel", "install", "--name", "a b"));

        // kernel serve
        yield return Case("kernel serve", 0, "shutdown_request from its client", ServedAndShutDown());
        yield return Case("kernel serve", 1, "its shell port is taken", PortTaken());
        yield return Case("kernel serve", 2, "no connection file", Egov("kernel", "serve", "--connection-file", Path.Combine(root, "none.json")));

        // kernel check (the executed notebooks of the runs above)
        yield return Case("kernel check", 0, "an executed notebook without errors", Egov("kernel", "check", Path.Combine(root, "run-ok", "01-passing.ipynb")));
        yield return Case("kernel check", 1, "an executed notebook with a compile error", Egov("kernel", "check", Path.Combine(root, "run-failed", "compile-error.ipynb")));
        yield return Case("kernel check", 2, "a notebook that does not exist", Egov("kernel", "check", Path.Combine(root, "none.ipynb")));

        // notebooks sync / nav on a copy of the project's notebooks
        var copy = Directory.CreateDirectory(Path.Combine(root, "project", "notebooks")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"), Path.Combine(root, "project", "Directory.Packages.props"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Notebooks)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var first = Directory.EnumerateFiles(copy, "*.ipynb").Order(StringComparer.Ordinal).First(f => Path.GetFileName(f) != "00-index.ipynb");
        Edit(first, "setup", "// edited by hand\n");
        yield return Case("notebooks sync", 1, "--check after a set-up cell was edited", Egov("notebooks", "sync", "--check", "--folder", copy));
        yield return Case("notebooks sync", 0, "rewriting the edited set-up cell", Egov("notebooks", "sync", "--folder", copy));
        yield return Case("notebooks sync", 2, "--folder that does not exist", Egov("notebooks", "sync", "--folder", Path.Combine(root, "none")));
        Edit(first, "navigation", "[elsewhere](elsewhere.ipynb)\n");
        yield return Case("notebooks nav", 1, "--check after a link was edited", Egov("notebooks", "nav", "--check", "--folder", copy));
        yield return Case("notebooks nav", 0, "regenerating the links", Egov("notebooks", "nav", "--folder", copy));
        yield return Case("notebooks nav", 2, "an unknown option", Egov("notebooks", "nav", "--folder", copy, "--frobnicate"));

        // summary
        yield return Case("summary", 0, "the embedded data", Egov("summary"));
        var tampered = Directory.CreateDirectory(Path.Combine(root, "tampered")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "data"))) File.Copy(file, Path.Combine(tampered, Path.GetFileName(file)));
        var egdi = Path.Combine(tampered, "egdi.csv");
        File.WriteAllText(egdi, File.ReadAllText(egdi).Replace(",CHN,China,", ",CHN,China,9", StringComparison.Ordinal));
        yield return Case("summary", 1, "--data with an edited egdi.csv", Egov("summary", "--data", tampered));
        yield return Case("summary", 2, "an unknown --country", Egov("summary", "--country", "Atlantis"));
    }

    /// <summary>Prepends text to the first cell carrying the tag.</summary>
    private static void Edit(string notebook, string tag, string text)
    {
        var json = JsonNode.Parse(File.ReadAllText(notebook))!;
        var cell = json["cells"]!.AsArray().First(c => c!["metadata"]?["tags"]?.AsArray().Any(t => (string?)t == tag) == true)!;
        var source = cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)cell["source"];
        cell["source"] = text + source;
        File.WriteAllText(notebook, json.ToJsonString());
    }

    private (int Exit, string Output) Terminated(string notebook)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"), "run", notebook, "--out", Path.Combine(root, "run-stopped"), "--cache-dir", Path.Combine(root, "cache") })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var started = new TaskCompletionSource();
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is null) return; lock (output) output.AppendLine(e.Data); started.TrySetResult(); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!started.Task.Wait(TimeSpan.FromSeconds(60))) { process.Kill(entireProcessTree: true); return (-1, "no progress line within 60 s"); }
        Thread.Sleep(1000);
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        if (!process.WaitForExit(60_000)) { process.Kill(entireProcessTree: true); return (-1, "still running 60 s after SIGTERM"); }
        process.WaitForExit();
        lock (output) return (process.ExitCode, output.ToString());
    }

    private (int Exit, string Output) ServedAndShutDown()
    {
        using var kernel = new KernelProcess(root);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(TimeSpan.FromSeconds(60));
        var id = client.Send("control", "shutdown_request", new JsonObject { ["restart"] = false });
        client.Receive("control", TimeSpan.FromSeconds(30), id);
        if (!kernel.Process.WaitForExit(30_000)) return (-1, "the kernel did not exit after shutdown_request");
        return (kernel.Process.ExitCode, kernel.Stderr);
    }

    private (int Exit, string Output) PortTaken()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var ports = Enumerable.Range(0, 4).Select(_ => { using var l = new TcpListener(IPAddress.Loopback, 0); l.Start(); return ((IPEndPoint)l.LocalEndpoint).Port; }).ToList();
        var file = Path.Combine(root, "taken.json");
        File.WriteAllText(file, new JsonObject
        {
            ["transport"] = "tcp", ["ip"] = "127.0.0.1", ["signature_scheme"] = "hmac-sha256", ["key"] = "0123456789abcdef0123456789abcdef",
            ["shell_port"] = port, ["iopub_port"] = ports[0], ["stdin_port"] = ports[1], ["control_port"] = ports[2], ["hb_port"] = ports[3],
        }.ToJsonString());
        return Egov("kernel", "serve", "--connection-file", file);
    }
}
