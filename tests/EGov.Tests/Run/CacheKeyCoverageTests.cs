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

    [Theory]
    [InlineData("a/b/c/values.csv")]        // three folders down
    [InlineData(".hidden.csv")]             // a hidden file
    [InlineData(".config/settings/x.csv")]  // in a hidden folder
    [InlineData("bin/values.csv")]          // in a folder named like build output
    [InlineData("node_modules/x/data.csv")]
    public void A_changed_file_anywhere_under_the_folder_executes_the_notebook_again(string relative)
    {
        Write(relative, "one");
        Reader(relative);
        Assert.Equal("one", PrintedAfter(Run()));
        Assert.True(Cached(Run().Notebook));

        Write(relative, "two");
        var again = Run();
        Assert.False(Cached(again.Notebook));
        Assert.Equal("two", Printed);
        Assert.True(Cached(Run().Notebook));
    }

    private string PrintedAfter((int, string, string, JsonNode) _) => Printed;

    [Fact]
    public void A_file_changed_in_place_with_its_size_and_mtime_kept_executes_it_again()
    {
        // A large file (keyed by identity, not content) and a small one (by content): tools that keep mtimes (cp -p,
        // tar, rsync -t) or an edit within the same second must not fool the key.
        foreach (var (name, size) in new[] { ("small.bin", 1000), ("large.bin", 17 << 20) })
        {
            var path = Path.Combine(Folder, name);
            File.WriteAllBytes(path, new byte[size]);
            NotebookFiles.Write(Folder, "reads.ipynb", ("code", $"Console.Write(System.IO.File.ReadAllBytes({Literal(name)})[^1]);"));
            Assert.Equal("0", PrintedAfter(Run()));
            Assert.True(Cached(Run().Notebook));
            var mtime = File.GetLastWriteTimeUtc(path);
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write)) { stream.Seek(-1, SeekOrigin.End); stream.WriteByte(7); }
            File.SetLastWriteTimeUtc(path, mtime);
            Assert.Equal(size, new FileInfo(path).Length);
            Assert.False(Cached(Run().Notebook), name);
            Assert.Equal("7", Printed);
            File.Delete(path);
        }
    }

    [Fact]
    public void A_declared_input_outside_the_folder_is_in_the_key_and_an_undeclared_one_is_what_README_says()
    {
        File.WriteAllText(Path.Combine(root, "x.csv"), "one");
        Reader("../x.csv", "../x.csv");
        Assert.Equal("one", PrintedAfter(Run()));
        Assert.True(Cached(Run().Notebook));
        File.WriteAllText(Path.Combine(root, "x.csv"), "two");
        Assert.False(Cached(Run().Notebook));
        Assert.Equal("two", Printed);

        // A declared folder: any file in it.
        Directory.CreateDirectory(Path.Combine(root, "shared", "deep"));
        File.WriteAllText(Path.Combine(root, "shared", "deep", "y.csv"), "three");
        Reader("../shared/deep/y.csv", "../shared/");
        Assert.Equal("three", PrintedAfter(Run()));
        Assert.True(Cached(Run().Notebook));
        File.WriteAllText(Path.Combine(root, "shared", "deep", "y.csv"), "four");
        Assert.False(Cached(Run().Notebook));
        Assert.Equal("four", Printed);

        // An absolute path works the same way.
        Reader(Path.Combine(root, "x.csv"), Path.Combine(root, "x.csv"));
        Run();
        File.WriteAllText(Path.Combine(root, "x.csv"), "five");
        Assert.False(Cached(Run().Notebook));
        Assert.Equal("five", Printed);
    }

    [Fact]
    public void A_declared_input_that_is_missing_or_malformed_fails_the_notebook_with_the_reason()
    {
        Reader("../x.csv", "../typo.csv");
        var missing = Run();
        Assert.Equal(1, missing.Exit);
        Assert.Equal("failed", (string?)missing.Notebook["status"]);
        Assert.Contains("metadata.egov.inputs[0] '../typo.csv': no such file or folder", (string?)missing.Notebook["error"]);
        Assert.Contains(Path.Combine(root, "typo.csv"), missing.Stderr);

        var path = Reader("../x.csv");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var bad in new JsonNode?[] { JsonValue.Create("../x.csv"), new JsonArray(3), new JsonArray(""), new JsonObject() })
        {
            json["metadata"]!["egov"] = new JsonObject { ["inputs"] = bad?.DeepClone() };
            File.WriteAllText(path, json.ToJsonString());
            var run = Run();
            Assert.Equal(1, run.Exit);
            Assert.Contains("metadata.egov.inputs", (string?)run.Notebook["error"]);
            Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        }
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
        Assert.Single(second.Stderr.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal));
    }
}
