using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>
/// The execution cache never serves a stale output: a change to any file under the notebook's folder (at any depth,
/// hidden, in bin/), or to a file outside it that the notebook declares in metadata.egov.inputs, executes it again; the
/// run's own folders do not; odd entries beside the notebook (pipes, links to devices, link loops) never hang the key.
/// </summary>
public sealed class CacheKeyCoverageTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-cache-key-").FullName;
    private string Folder => Directory.CreateDirectory(Path.Combine(root, "nb")).FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private const string Source = "tests/EGov.Tests/Run/CacheKeyCoverageTests.cs";

    private (int Exit, string Stdout, string Stderr, JsonNode Notebook) Run(string notebook = "reads.ipynb")
    {
        // The output and the cache inside the notebook's folder: the run's own files never change its key.
        var (exit, stdout, stderr) = CliProcess.Run(Folder, "run", notebook, "--out", Path.Combine(Folder, "out"), "--cache-dir", Path.Combine(Folder, ".cache", "egov"), "--timeout", "120");
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "out", "run-summary.json")))!;
        return (exit, stdout, stderr, summary["notebooks"]![0]!);
    }

    private static bool Cached(JsonNode notebook) => (bool)notebook["cached"]!;

    private static string Literal(string path) => "@\"" + path.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A notebook printing the file at <paramref name="relative"/> (from its folder), with optional metadata.egov.inputs.</summary>
    private string Reader(string relative, params string[] inputs)
    {
        var path = NotebookFiles.Write(Folder, "reads.ipynb", ("code", $"Console.Write(System.IO.File.ReadAllText({Literal(relative)}));"));
        if (inputs.Length > 0)
        {
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            json["metadata"]!["egov"] = new JsonObject { ["inputs"] = new JsonArray(inputs.Select(i => (JsonNode?)i).ToArray()) };
            File.WriteAllText(path, json.ToJsonString());
        }
        return path;
    }

    private void Write(string relative, string text)
    {
        var path = Path.GetFullPath(relative, Folder);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Printed => NotebookFiles.Printed(Path.Combine(Folder, "out", "reads.ipynb"))[0];

    [Fact]
    public void A_changed_file_anywhere_under_the_folder_executes_the_notebook_again()
    {
        string[] places = ["a/b/c/values.csv", ".hidden.csv", ".config/settings/x.csv", "bin/values.csv", "node_modules/x/data.csv"];
        foreach (var place in places) Write(place, "one ");
        NotebookFiles.Write(Folder, "reads.ipynb", ("code", string.Join("\n", places.Select(p => $"Console.Write(System.IO.File.ReadAllText({Literal(p)}));"))));
        Assert.Equal("one one one one one ", PrintedAfter(Run()));
        Assert.True(Cached(Run().Notebook));
        var table = new DocTable("changed beside the notebook (its --out and cache folders are inside its folder too)", "the next run");
        foreach (var place in places)
        {
            Write(place, "two ");
            Assert.False(Cached(Run().Notebook), place);
            Assert.Equal(places.Length, Printed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            table.Add("`" + place + "`", "executed again, printed the new content");
        }
        Assert.Equal("two two two two two ", Printed);
        Assert.True(Cached(Run().Notebook));
        table.Add("nothing (the run's own --out and cache were rewritten)", "cached");
        // What the key leaves out: a .git folder, another notebook, and the run's own output and cache (inside this folder here).
        Write(".git/HEAD", "ref: refs/heads/other");
        NotebookFiles.Write(Folder, "other.ipynb", ("code", "1"));
        Assert.True(Cached(Run().Notebook));
        table.Add("`.git/HEAD` and another notebook", "cached (left out of the key)");
        ReliabilityDoc.Check("cache-key-depth", Source, table.ToString());
    }

    private string PrintedAfter((int, string, string, JsonNode) _) => Printed;

    [Fact]
    public void A_file_changed_in_place_with_its_size_and_mtime_kept_executes_it_again()
    {
        // A large file (keyed by identity, not content) and a small one (by content): tools that keep mtimes (cp -p,
        // tar, rsync -t) or an edit within the same second must not fool the key.
        var files = new[] { ("small.bin", 1000), ("large.bin", 17 << 20) };
        foreach (var (name, size) in files) File.WriteAllBytes(Path.Combine(Folder, name), new byte[size]);
        NotebookFiles.Write(Folder, "reads.ipynb", ("code", string.Join("\n", files.Select(f => $"Console.Write(System.IO.File.ReadAllBytes({Literal(f.Item1)})[^1]);"))));
        Assert.Equal("00", PrintedAfter(Run()));
        Assert.True(Cached(Run().Notebook));
        var expected = "00";
        var table = new DocTable("file changed in place, size and mtime kept", "keyed by", "the next run");
        for (var i = 0; i < files.Length; i++)
        {
            var (name, size) = files[i];
            var path = Path.Combine(Folder, name);
            var mtime = File.GetLastWriteTimeUtc(path);
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write)) { stream.Seek(-1, SeekOrigin.End); stream.WriteByte(7); }
            File.SetLastWriteTimeUtc(path, mtime);
            Assert.Equal(size, new FileInfo(path).Length);
            Assert.False(Cached(Run().Notebook), name);
            expected = expected[..i] + "7" + expected[(i + 1)..];
            Assert.Equal(expected, Printed);
            table.Add($"`{name}` ({size:N0} bytes, last byte changed)", size > 16 << 20 ? "size, mtime, ctime, inode" : "SHA-256 of the content", "executed again, printed the new byte");
        }
        ReliabilityDoc.Check("cache-key-in-place", Source, table.ToString());
    }

    [Fact]
    public void A_declared_input_outside_the_folder_is_in_the_key()
    {
        File.WriteAllText(Path.Combine(root, "x.csv"), "one ");
        Directory.CreateDirectory(Path.Combine(root, "shared", "deep"));
        File.WriteAllText(Path.Combine(root, "shared", "deep", "y.csv"), "one ");
        var absolute = Directory.CreateTempSubdirectory("egov-cache-key-abs-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(absolute, "z.csv"), "one ");
            var path = NotebookFiles.Write(Folder, "reads.ipynb", ("code", string.Join("\n",
                new[] { "../x.csv", "../shared/deep/y.csv", Path.Combine(absolute, "z.csv") }.Select(p => $"Console.Write(System.IO.File.ReadAllText({Literal(p)}));"))));
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            // A file by a relative path, a folder (any file in it, at any depth), a file by an absolute path.
            json["metadata"]!["egov"] = new JsonObject { ["inputs"] = new JsonArray("../x.csv", "../shared/", Path.Combine(absolute, "z.csv")) };
            File.WriteAllText(path, json.ToJsonString());
            Assert.Equal("one one one ", PrintedAfter(Run()));
            Assert.True(Cached(Run().Notebook));
            var table = new DocTable("declared in metadata.egov.inputs", "changed", "the next run");
            foreach (var (changed, expected, declared) in new[] { (Path.Combine(root, "x.csv"), "two one one ", "`../x.csv`"), (Path.Combine(root, "shared", "deep", "y.csv"), "two two one ", "`../shared/` (a folder)"), (Path.Combine(absolute, "z.csv"), "two two two ", "an absolute path") })
            {
                File.WriteAllText(changed, "two ");
                Assert.False(Cached(Run().Notebook), changed);
                Assert.Equal(expected, Printed);
                table.Add(declared, Path.GetRelativePath(root, changed).StartsWith("..", StringComparison.Ordinal) ? "that file" : "`" + Path.GetRelativePath(root, changed) + "`", "executed again, printed the new content");
            }
            ReliabilityDoc.Check("cache-key-declared", Source, table.ToString());
        }
        finally { Directory.Delete(absolute, recursive: true); }
    }

    [Fact]
    public void A_declared_input_that_is_missing_or_malformed_fails_the_notebook_with_the_reason()
    {
        var cases = new JsonNode?[] { new JsonArray("../typo.csv"), JsonValue.Create("../x.csv"), new JsonArray(3), new JsonArray(""), new JsonObject() };
        var names = new List<string>();
        for (var i = 0; i < cases.Length; i++)
        {
            var path = NotebookFiles.Write(Folder, $"d{i}.ipynb", ("code", "Console.WriteLine(1);"));
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            json["metadata"]!["egov"] = new JsonObject { ["inputs"] = cases[i] };
            File.WriteAllText(path, json.ToJsonString());
            names.Add($"d{i}.ipynb");
        }
        var (exit, stdout, stderr) = CliProcess.Run(Folder, ["run", .. names, "--out", Path.Combine(Folder, "out"), "--cache-dir", Path.Combine(Folder, ".cache", "egov")]);
        Assert.Equal(1, exit);
        var notebooks = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "out", "run-summary.json")))!["notebooks"]!.AsArray();
        Assert.All(notebooks, n => Assert.Equal("failed", (string?)n!["status"]));
        Assert.All(notebooks, n => Assert.Contains("metadata.egov.inputs", (string?)n!["error"]));
        Assert.Contains("metadata.egov.inputs[0] '../typo.csv': no such file or folder", (string?)notebooks[0]!["error"]);
        Assert.Contains(Path.Combine(root, "typo.csv"), stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
        var table = new DocTable("metadata.egov.inputs", "the notebook", "the reason (run-summary.json)");
        for (var i = 0; i < cases.Length; i++)
        {
            var error = ((string?)notebooks[i]!["error"] ?? "").Replace(root, "ROOT", StringComparison.Ordinal);
            table.Add("`" + (cases[i]?.ToJsonString() ?? "null") + "`", (string?)notebooks[i]!["status"] ?? "", error[(error.IndexOf("metadata.egov", StringComparison.Ordinal) is var at and >= 0 ? at : 0)..]);
        }
        ReliabilityDoc.Check("cache-key-malformed-inputs", Source, table.ToString());
    }

    [Fact]
    public void Pipes_devices_and_link_loops_beside_the_notebook_never_hang_the_key()
    {
        Write("data/values.csv", "one");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(Folder, "data", "a-pipe")])) mkfifo.WaitForExit();
        File.CreateSymbolicLink(Path.Combine(Folder, "data", "zeros"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(Folder, "data", "urandom"), "/dev/urandom");
        File.CreateSymbolicLink(Path.Combine(Folder, "data", "loop"), Folder);       // a folder link back up: walked once
        File.CreateSymbolicLink(Path.Combine(Folder, "dangling"), Path.Combine(root, "nothing"));
        File.CreateSymbolicLink(Path.Combine(Folder, "linked.csv"), Path.Combine(Folder, "data", "values.csv"));
        Reader("linked.csv");
        var first = Run();
        Assert.True(first.Exit == 0, first.Stdout + first.Stderr);
        Assert.Equal("one", Printed);
        Assert.True(Cached(Run().Notebook));
        // Through the link: the content of its target is in the key.
        Write("data/values.csv", "two");
        Assert.False(Cached(Run().Notebook));
        Assert.Equal("two", Printed);
        var table = new DocTable("beside the notebook", "keyed as", "the runs");
        table.Add("a named pipe no one writes to (`data/a-pipe`)", "its kind (never opened)", "no hang");
        table.Add("links to `/dev/zero` and `/dev/urandom`", "their kind (never read)", "no hang");
        table.Add("a link to the notebook's own folder (a loop)", "walked once", "no hang");
        table.Add("a dangling link", "missing", "no hang");
        table.Add("`linked.csv`, a link to `data/values.csv`, which the notebook reads; the target changed", "its target's content", "cached, then executed again printing the new content");
        ReliabilityDoc.Check("cache-key-special", Source, table.ToString());
    }

    [Fact]
    public void A_folder_too_large_to_key_is_never_cached_and_the_run_says_so()
    {
        var many = Directory.CreateDirectory(Path.Combine(Folder, "many")).FullName;
        for (var i = 0; i < 20_001; i++) File.WriteAllText(Path.Combine(many, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "");
        Write("values.csv", "one");
        Reader("values.csv");
        var first = Run();
        Assert.Equal(0, first.Exit);
        var second = Run();
        Assert.False(Cached(second.Notebook));
        Assert.Contains("more than 20,000 files and folders", second.Stderr);
        var warning = Assert.Single(second.Stderr.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal));
        var table = new DocTable("beside the notebook", "the second run", "the warning");
        table.Add("a folder of 20,001 files", "executed (not cached)", DocTable.Message(warning, root));
        ReliabilityDoc.Check("cache-key-too-large", Source, table.ToString());
    }
}
