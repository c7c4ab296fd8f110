using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using EGov.Tests.Kernel;
using EGov.Tests.Notebooks;
using EGov.Tests.Run;

namespace EGov.Tests.Cli;

/// <summary>
/// README's exit-code table (under <c>&lt;!-- exit-codes --&gt;</c>) against the real program: every item of every cell
/// (items are separated by "; ", e.g. run's refusals under 2) is produced by a real case here, and every case here is an
/// item of the table. The cases and their outcome are docs/reliability.md's "Each exit code, command by command" section.
/// </summary>
public sealed class ExitCodeTableTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-exit-codes-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>The table: (command, code) → the items its cell lists (separated by "; "; a cell of "-" lists none).</summary>
    private static Dictionary<(string Command, int Code), List<string>> Table()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md")).SkipWhile(l => l.Trim() != "<!-- exit-codes -->").Skip(1)
            .TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.True(lines.Count > 2, "README.md has no table under <!-- exit-codes -->");
        var codes = lines[0].Split('|', StringSplitOptions.TrimEntries)[2..^1].Select(int.Parse).ToList();
        var table = new Dictionary<(string, int), List<string>>();
        foreach (var row in lines.Skip(2))
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries)[1..^1];
            for (var i = 0; i < codes.Count; i++)
                if (cells[i + 1] != "-") table[(cells[0].Trim('`'), codes[i])] = cells[i + 1].Split("; ").ToList();
        }
        return table;
    }

    /// <summary>A real case: the command, the code README's table gives it, the item of that cell it is, what was run.</summary>
    private sealed record Outcome(string Command, int Expected, string Item, string Case, int Exit, string Output, bool Skipped = false);

    [Fact]
    public void Every_item_of_READMEs_exit_code_table_is_produced_by_its_command()
    {
        var table = Table();
        var outcomes = Cases().ToList();
        var failures = new List<string>();
        foreach (var o in outcomes.Where(o => !o.Skipped && o.Exit != o.Expected))
            failures.Add($"{o.Command} ({o.Case}): exit {o.Exit}, expected {o.Expected}\n{o.Output}");
        foreach (var o in outcomes.Where(o => !o.Skipped && (o.Output.Contains("   at ", StringComparison.Ordinal) || o.Output.Contains("Unhandled", StringComparison.Ordinal))))
            failures.Add($"{o.Command} ({o.Case}): a stack trace\n{o.Output}");
        foreach (var ((command, code), items) in table)
            foreach (var item in items.Where(item => !outcomes.Any(o => o.Command == command && o.Expected == code && o.Item == item)))
                failures.Add($"README lists exit {code} for {command} ({item}), and no case here produces it");
        foreach (var o in outcomes.Where(o => !table.TryGetValue((o.Command, o.Expected), out var items) || !items.Contains(o.Item)))
            failures.Add($"{o.Command} exits {o.Expected} ({o.Case}: {o.Item}), and README's table does not say so");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        var section = new System.Text.StringBuilder("| command | exit | README's item | the case run |\n|---|---:|---|---|\n");
        foreach (var o in outcomes)
            section.Append($"| `{o.Command}` | {o.Expected} | {o.Item.Replace("|", "\\|", StringComparison.Ordinal)} | {o.Case.Replace("|", "\\|", StringComparison.Ordinal)}{(o.Skipped ? " (skipped here: needs Jupyter)" : "")} |\n");
        section.Append($"\n{outcomes.Count} cases: every item of README's table ({table.Values.Sum(v => v.Count)} items over {table.Keys.Select(k => k.Command).Distinct().Count()} commands) " +
                       $"produced by the real program ({outcomes.Count(o => !o.Skipped)} run, {outcomes.Count(o => o.Skipped)} skipped).\n");
        if (outcomes.All(o => !o.Skipped)) ReliabilityDoc.Check("exit-codes", "tests/EGov.Tests/Cli/ExitCodeTableTests.cs", section.ToString());
    }

    private (int Exit, string Output) Egov(params string[] args)
    {
        var (exit, stdout, stderr) = CliProcess.Run(root, args);
        return (exit, stdout + stderr);
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(root, name)).FullName;

    private void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private IEnumerable<Outcome> Cases()
    {
        Outcome Case(string command, int expected, string item, string description, (int Exit, string Output) run) =>
            new(command, expected, item, description, run.Exit, run.Output);

        // run
        var fixtures = CliProcess.Fixtures;
        var passing = Path.Combine(root, "01-passing.ipynb");
        File.Copy(Path.Combine(fixtures, "passing.ipynb"), passing);
        yield return Case("run", 0, "every notebook passed", "a passing notebook", Egov("run", passing, "--out", Path.Combine(root, "run-ok")));
        yield return Case("run", 1, "a notebook failed", "a notebook with a compile error", Egov("run", Path.Combine(fixtures, "compile-error.ipynb"), "--out", Path.Combine(root, "run-failed")));
        yield return Case("run", 2, "unusable arguments", "--parallel 0", Egov("run", passing, "--parallel", "0", "--out", Path.Combine(root, "run-usage")));
        var pipe = Path.Combine(root, "pipe.ipynb");
        MakeFifo(pipe);
        yield return Case("run", 2, "a notebook that is missing or not a regular file (a folder, named pipe, device or socket)", "a named pipe as the notebook", Egov("run", pipe, "--out", Path.Combine(root, "run-usage")));
        var twin = Path.Combine(Folder("twin"), "01-passing.ipynb");
        File.Copy(passing, twin);
        yield return Case("run", 2, "two notebooks with one file name", "a/x.ipynb b/x.ipynb", Egov("run", passing, twin, "--out", Path.Combine(root, "run-usage")));
        yield return Case("run", 2, "`--out` that is not a folder or is, or is above, a notebook's folder", "--out the notebook's own folder", Egov("run", passing, "--out", root));
        yield return Case("run", 2, "`--out` that is the cache folder", "--out and --cache-dir one folder", Egov("run", passing, "--out", Path.Combine(root, "same"), "--cache-dir", Path.Combine(root, "same")));
        yield return Case("run", 2, "`--cache-dir` that is not a folder or holds files the cache did not write", "--cache-dir naming a file", Egov("run", passing, "--out", Path.Combine(root, "run-usage"), "--cache-dir", passing));
        var executedLink = Path.Combine(Folder("linked"), "01-passing.ipynb");
        File.CreateSymbolicLink(executedLink, Path.Combine(root, "run-ok", "01-passing.ipynb"));
        yield return Case("run", 2, "a notebook that is (through a link) a file in `--out`", "a link to the executed copy in --out", Egov("run", executedLink, "--out", Path.Combine(root, "run-ok")));
        var inTheWay = Folder("in-the-way");
        File.WriteAllText(Path.Combine(inTheWay, "index.html"), "the user's own page\n");
        yield return Case("run", 2, "a file in `--out` that no run wrote where the run writes", "a user's index.html in --out", Egov("run", passing, "--out", inTheWay));
        var damaged = Folder("damaged-run");
        File.WriteAllText(Path.Combine(damaged, ".egov-run-files"), "../precious.txt\n");
        yield return Case("run", 2, "a damaged `.egov-run-files`", ".egov-run-files naming ../precious.txt", Egov("run", passing, "--out", damaged));
        yield return Case("run", 130, "stopped by Ctrl+C or SIGTERM", "SIGTERM during a notebook that never ends", Terminated(Path.Combine(fixtures, "timeout.ipynb")));

        // publish (from the passing run above)
        var readme = Path.Combine(root, "README.md");
        File.WriteAllText(readme, "# Test\n\n<!-- egov publish: results --><!-- /egov publish: results -->\n");
        string[] Publish(string from, string folder, params string[] extra) => ["publish", "--from", from, "--out", folder, "--readme", readme, .. extra];
        var ok = Path.Combine(root, "run-ok");
        var collection = Path.Combine(root, "collection");
        yield return Case("publish", 1, "`--check`: the copy is stale", "--check before anything was published", Egov(Publish(ok, collection, "--check")));
        yield return Case("publish", 0, "written", "a run of one notebook", Egov(Publish(ok, collection)));
        yield return Case("publish", 0, "`--check`: up to date", "--check after publishing", Egov(Publish(ok, collection, "--check")));
        // A run whose executed notebook holds a chart without its static image (as a run without Chromium leaves it).
        var noImage = Folder("run-no-image");
        foreach (var file in Directory.EnumerateFiles(ok)) File.Copy(file, Path.Combine(noImage, Path.GetFileName(file)));
        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(noImage, "01-passing.ipynb")))!;
        executed["cells"]!.AsArray().First(c => (string?)c!["cell_type"] == "code")!["outputs"]!.AsArray().Add(new JsonObject
        {
            ["output_type"] = "display_data", ["metadata"] = new JsonObject(),
            ["data"] = new JsonObject { ["application/vnd.plotly.v1+json"] = new JsonObject { ["data"] = new JsonArray(), ["layout"] = new JsonObject() } },
        });
        File.WriteAllText(Path.Combine(noImage, "01-passing.ipynb"), executed.ToJsonString());
        yield return Case("publish", 1, "a chart without a static image", "a run whose chart has no image", Egov(Publish(noImage, Path.Combine(root, "collection-no-image"))));
        yield return Case("publish", 2, "unusable arguments", "--out ''", Egov(Publish(ok, "")));
        yield return Case("publish", 2, "`--readme` missing, not a regular file, or inside `--from`", "--readme names no file", Egov(["publish", "--from", ok, "--out", Path.Combine(root, "collection2"), "--readme", Path.Combine(root, "none.md")]));
        yield return Case("publish", 2, "no run in `--from`, or one with a failed notebook", "--from the failed run", Egov(Publish(Path.Combine(root, "run-failed"), Path.Combine(root, "collection2"))));
        yield return Case("publish", 2, "`--out` that is not a folder or holds `--from`", "--out the --from folder", Egov(Publish(ok, ok)));
        var mydocs = Folder("mydocs");
        File.WriteAllText(Path.Combine(mydocs, "important.txt"), "mine\n");
        yield return Case("publish", 2, "`--out` holding files publish did not write (a non-empty folder it did not create, or a file where it writes)", "--out a folder holding a user's file", Egov(Publish(ok, mydocs)));
        File.AppendAllText(Path.Combine(collection, ".egov-publish-files"), "../precious.txt\n");
        yield return Case("publish", 2, "a damaged `.egov-publish-files`", ".egov-publish-files naming ../precious.txt", Egov(Publish(ok, collection)));

        // import
        var import = Path.Combine(AppContext.BaseDirectory, "Fixtures", "import");
        yield return Case("import", 0, "imported", "a good export", Egov("import", Path.Combine(import, "countries.csv"), Path.Combine(import, "good.csv"), "--from-scratch", "--out", Path.Combine(root, "data-ok")));
        yield return Case("import", 1, "invalid data (nothing written)", "an unknown country name", Egov("import", Path.Combine(import, "countries.csv"), Path.Combine(import, "bad-country.csv"), "--from-scratch", "--out", Path.Combine(root, "data-bad")));
        yield return Case("import", 2, "unusable arguments (nothing written)", "--wait abc", Egov("import", Path.Combine(import, "good.csv"), "--out", Path.Combine(root, "data-usage"), "--wait", "abc"));
        yield return Case("import", 2, "a missing or non-regular input (nothing written)", "a named pipe as the input", Egov("import", pipe, "--from-scratch", "--out", Path.Combine(root, "data-usage")));
        yield return Case("import", 2, "an `--out` that is not a writable folder (nothing written)", "--out naming a file", Egov("import", Path.Combine(import, "countries.csv"), Path.Combine(import, "good.csv"), "--from-scratch", "--out", readme));

        // kernel install (Jupyter's own data folder, never the user's)
        var data = Path.Combine(root, "jupyter");
        if (Jupyter.Program is not null)
        {
            var environment = Jupyter.Environment(data);
            (int, string) Install(IReadOnlyDictionary<string, string> env, params string[] args)
            {
                var (exit, stdout, stderr) = Jupyter.Egov(env, ["kernel", "install", .. args]);
                return (exit, stdout + stderr);
            }
            yield return Case("kernel install", 0, "registered", "a new kernelspec", Install(environment, "--name", "egov-exit-test"));
            yield return Case("kernel install", 0, "unchanged", "the same again", Install(environment, "--name", "egov-exit-test"));
            var spec = Path.Combine(data, "kernels", "egov-exit-test", "kernel.json");
            File.WriteAllText(spec, File.ReadAllText(spec).Replace("EGov.Cli.dll", "other-checkout/EGov.Cli.dll", StringComparison.Ordinal));
            yield return Case("kernel install", 0, "repointed", "a kernelspec of that name running another checkout's egov", Install(environment, "--name", "egov-exit-test"));
            yield return Case("kernel install", 0, "removed", "--uninstall", Install(environment, "--name", "egov-exit-test", "--uninstall"));
            var foreign = Directory.CreateDirectory(Path.Combine(data, "kernels", "someone-else")).FullName;
            File.WriteAllText(Path.Combine(foreign, "kernel.json"), "{\"argv\": [\"python3\", \"-m\", \"ipykernel_launcher\", \"-f\", \"{connection_file}\"], \"display_name\": \"Python\", \"language\": \"python\"}");
            yield return Case("kernel install", 2, "a kernelspec of that name that egov did not make (left as it is)", "another program's kernelspec of that name", Install(environment, "--name", "someone-else"));
            var blocked = new Dictionary<string, string>(Jupyter.Environment(Path.Combine(root, "not-a-folder")));
            File.WriteAllText(Path.Combine(root, "not-a-folder"), "a file where Jupyter's data folder should be\n");
            yield return Case("kernel install", 1, "`jupyter kernelspec install` failed", "Jupyter's data folder is a file", Install(blocked, "--name", "egov-exit-test"));
        }
        else
        {
            foreach (var (code, item) in new[] { (0, "registered"), (0, "unchanged"), (0, "repointed"), (0, "removed"), (2, "a kernelspec of that name that egov did not make (left as it is)"), (1, "`jupyter kernelspec install` failed") })
                yield return new Outcome("kernel install", code, item, item, code, "", Skipped: true);
        }
        yield return Case("kernel install", 2, "unusable arguments", "--name with a space", Egov("kernel", "install", "--name", "a b"));
        var noJupyter = CliProcess.RunWithPath(Folder("empty-path"), root, "kernel", "install", "--name", "egov-exit-test"); // dotnet is started by its full path
        yield return Case("kernel install", 2, "no Jupyter", "PATH without jupyter", (noJupyter.Exit, noJupyter.Stdout + noJupyter.Stderr));

        // kernel serve
        yield return Case("kernel serve", 0, "shut down by its client", "shutdown_request from its client", ServedAndShutDown());
        yield return Case("kernel serve", 1, "cannot listen on the connection file's ports", "its shell port is taken", PortTaken());
        yield return Case("kernel serve", 2, "unusable arguments", "an unknown option", Egov("kernel", "serve", "--frobnicate"));
        yield return Case("kernel serve", 2, "a missing or unusable connection file", "no connection file", Egov("kernel", "serve", "--connection-file", Path.Combine(root, "none.json")));

        // kernel check (the executed notebooks of the runs above)
        yield return Case("kernel check", 0, "every notebook passed", "an executed notebook without errors", Egov("kernel", "check", Path.Combine(root, "run-ok", "01-passing.ipynb")));
        yield return Case("kernel check", 1, "a notebook failed", "an executed notebook with a compile error", Egov("kernel", "check", Path.Combine(root, "run-failed", "compile-error.ipynb")));
        yield return Case("kernel check", 1, "a notebook is not a valid notebook", "a named pipe", Egov("kernel", "check", pipe));
        var (mine, theirs) = (Folder("tables-mine"), Folder("tables-theirs"));
        foreach (var (folder, value) in new[] { (mine, "1"), (theirs, "2") })
        {
            var table = executed.DeepClone();
            var cell = table["cells"]!.AsArray().First(c => (string?)c!["cell_type"] == "code")!;
            cell["outputs"] = new JsonArray(new JsonObject
            {
                ["output_type"] = "display_data", ["metadata"] = new JsonObject(),
                ["data"] = new JsonObject { ["text/html"] = $"<table class=\"egov-frame\"><tr><td>{value}</td></tr></table>" },
            });
            File.WriteAllText(Path.Combine(folder, "01-passing.ipynb"), table.ToJsonString());
        }
        yield return Case("kernel check", 1, "a table differs from `--compare-with`", "one table cell differs", Egov("kernel", "check", Path.Combine(mine, "01-passing.ipynb"), "--compare-with", theirs));
        yield return Case("kernel check", 2, "unusable arguments", "an unknown option", Egov("kernel", "check", Path.Combine(root, "run-ok", "01-passing.ipynb"), "--frobnicate"));
        yield return Case("kernel check", 2, "a missing notebook or folder", "a notebook that does not exist", Egov("kernel", "check", Path.Combine(root, "none.ipynb")));

        // notebooks sync / nav on a copy of the project's notebooks
        var copy = Directory.CreateDirectory(Path.Combine(root, "project", "notebooks")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"), Path.Combine(root, "project", "Directory.Packages.props"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Notebooks)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var first = Directory.EnumerateFiles(copy, "*.ipynb").Order(StringComparer.Ordinal).First(f => Path.GetFileName(f) != "00-index.ipynb");
        Edit(first, "setup", "// edited by hand\n");
        yield return Case("notebooks sync", 1, "`--check`: a notebook's set-up cells drifted", "--check after a set-up cell was edited", Egov("notebooks", "sync", "--check", "--folder", copy));
        yield return Case("notebooks sync", 0, "written", "rewriting the edited set-up cell", Egov("notebooks", "sync", "--folder", copy));
        yield return Case("notebooks sync", 0, "`--check`: up to date", "--check after rewriting", Egov("notebooks", "sync", "--check", "--folder", copy));
        yield return Case("notebooks sync", 2, "unusable arguments", "an unknown option", Egov("notebooks", "sync", "--folder", copy, "--frobnicate"));
        yield return Case("notebooks sync", 2, "no notebooks folder", "--folder that does not exist", Egov("notebooks", "sync", "--folder", Path.Combine(root, "none")));
        Edit(first, "navigation", "[elsewhere](elsewhere.ipynb)\n");
        yield return Case("notebooks nav", 1, "`--check`: the index or links drifted", "--check after a link was edited", Egov("notebooks", "nav", "--check", "--folder", copy));
        yield return Case("notebooks nav", 0, "written", "regenerating the links", Egov("notebooks", "nav", "--folder", copy));
        yield return Case("notebooks nav", 0, "`--check`: up to date", "--check after regenerating", Egov("notebooks", "nav", "--check", "--folder", copy));
        yield return Case("notebooks nav", 2, "unusable arguments", "an unknown option", Egov("notebooks", "nav", "--folder", copy, "--frobnicate"));
        yield return Case("notebooks nav", 2, "no notebooks folder", "--folder that does not exist", Egov("notebooks", "nav", "--folder", Path.Combine(root, "none")));

        // summary
        yield return Case("summary", 0, "printed", "the embedded data", Egov("summary"));
        var tampered = Directory.CreateDirectory(Path.Combine(root, "tampered")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "data"))) File.Copy(file, Path.Combine(tampered, Path.GetFileName(file)));
        var egdi = Path.Combine(tampered, "egdi.csv");
        File.WriteAllText(egdi, File.ReadAllText(egdi).Replace(",CHN,China,", ",CHN,China,9", StringComparison.Ordinal));
        yield return Case("summary", 1, "the data in `--data` is invalid", "--data with an edited egdi.csv", Egov("summary", "--data", tampered));
        yield return Case("summary", 2, "unusable arguments", "an unknown option", Egov("summary", "--frobnicate"));
        yield return Case("summary", 2, "`--data` not a folder", "--data naming a file", Egov("summary", "--data", readme));
        yield return Case("summary", 2, "an unknown `--country`", "--country Atlantis", Egov("summary", "--country", "Atlantis"));
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
