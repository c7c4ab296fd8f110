using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>
/// egov run's execution cache: a notebook whose code, parameters, loaded files, program and runtime did not change is
/// not executed again; its stored outputs are merged into the current notebook.
/// </summary>
public sealed class ExecutionCacheTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-cache-").FullName;
    private string Output => Path.Combine(folder, "out");
    private string Cache => Path.Combine(folder, "cache");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string Stdout, string Stderr, JsonNode Summary) Run(params string[] args)
    {
        var (exit, stdout, stderr) = CliProcess.Run(folder, ["run", .. args, "--out", Output, "--cache-dir", Cache, "--timeout", "120"]);
        return (exit, stdout, stderr, JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "run-summary.json")))!);
    }

    private static bool Cached(JsonNode summary, string name) =>
        (bool)summary["notebooks"]!.AsArray().Single(n => Path.GetFileNameWithoutExtension((string)n!["notebook"]!) == name)!["cached"]!;

    private string Entry(string name) => Assert.Single(Directory.GetFiles(Cache, name + "-*.json"));

    private void Counter(string name, string extraMarkdown = "", string code = "Console.WriteLine(\"ran \" + (6 * 7));") =>
        NotebookFiles.Write(folder, name + ".ipynb", ("markdown", "# " + name + extraMarkdown), ("code", code), ("code", "var x = 1;\nx + 1"));

    [Fact]
    public void A_second_run_with_nothing_changed_executes_nothing_and_gives_the_same_outputs()
    {
        Counter("a");
        NotebookFiles.Write(folder, "fails.ipynb", ("code", "throw new InvalidOperationException(\"no\");"));
        NotebookFiles.Write(folder, "prose.ipynb", ("markdown", "# Only prose"));
        var first = Run("a.ipynb", "fails.ipynb", "prose.ipynb");
        Assert.Equal(1, first.Exit);
        Assert.False(Cached(first.Summary, "a"));
        Assert.False(Cached(first.Summary, "prose"));
        var executed = File.ReadAllText(Path.Combine(Output, "a.ipynb"));

        var second = Run("a.ipynb", "fails.ipynb", "prose.ipynb");
        Assert.True(Cached(second.Summary, "a"));
        Assert.True(Cached(second.Summary, "prose"));
        Assert.Matches(@"\[\d/3\] cached +a\.ipynb", second.Stdout);
        Assert.Contains("2 passed (2 from the execution cache), 1 failed", second.Stdout);
        Assert.Equal(executed, File.ReadAllText(Path.Combine(Output, "a.ipynb")));
        // A failed notebook is never stored: it runs again, and has no entry.
        Assert.False(Cached(second.Summary, "fails"));
        Assert.Empty(Directory.GetFiles(Cache, "fails-*"));
        Assert.Equal("# egov run's execution cache (safe to delete)\n*\n", File.ReadAllText(Path.Combine(Cache, ".gitignore")));
    }

    [Fact]
    public void Editing_a_code_cell_executes_that_notebook_only_and_a_markdown_edit_executes_nothing()
    {
        Counter("a");
        Counter("b");
        Run("a.ipynb", "b.ipynb");

        Counter("b", code: "Console.WriteLine(\"changed\");");
        var afterCode = Run("a.ipynb", "b.ipynb");
        Assert.True(Cached(afterCode.Summary, "a"));
        Assert.False(Cached(afterCode.Summary, "b"));
        Assert.Equal("changed\n", NotebookFiles.Printed(Path.Combine(Output, "b.ipynb"))[0]);

        Counter("a", extraMarkdown: "\n\nNew prose, no new code.");
        var afterProse = Run("a.ipynb", "b.ipynb");
        Assert.True(Cached(afterProse.Summary, "a"));
        Assert.True(Cached(afterProse.Summary, "b"));
        var executed = File.ReadAllText(Path.Combine(Output, "a.ipynb"));
        Assert.Contains("New prose, no new code.", executed);
        Assert.Equal("ran 42\n", NotebookFiles.Printed(Path.Combine(Output, "a.ipynb"))[0]);
    }

    [Fact]
    public void Parameters_are_part_of_the_key()
    {
        File.Copy(Path.Combine(CliProcess.Fixtures, "parameters.ipynb"), Path.Combine(folder, "parameters.ipynb"));
        Assert.False(Cached(Run("parameters.ipynb", "--param", "name=one").Summary, "parameters"));
        Assert.False(Cached(Run("parameters.ipynb", "--param", "name=two").Summary, "parameters"));
        var again = Run("parameters.ipynb", "--param", "name=one");
        Assert.True(Cached(again.Summary, "parameters"));
        Assert.Contains("\"name\":\"one\"", NotebookFiles.Printed(Path.Combine(Output, "parameters.ipynb"))[2]);
        Assert.False(Cached(Run("parameters.ipynb").Summary, "parameters"));
    }

    [Fact]
    public void Force_executes_again_and_stores_the_new_outputs()
    {
        Counter("a");
        Run("a.ipynb");
        var entry = Entry("a");
        var stored = File.GetLastWriteTimeUtc(entry);
        var forced = Run("a.ipynb", "--force");
        Assert.False(Cached(forced.Summary, "a"));
        Assert.DoesNotContain("cached", forced.Stdout);
        Assert.True(File.GetLastWriteTimeUtc(Entry("a")) >= stored);
        Assert.True(Cached(Run("a.ipynb").Summary, "a"));
    }

    [Fact]
    public void A_damaged_or_half_written_entry_is_never_served()
    {
        Counter("a");
        Run("a.ipynb");
        var entry = Entry("a");
        var good = File.ReadAllBytes(entry);

        // Half an entry (a crash mid-write of a cache that did not rename) and a leftover temporary file.
        File.WriteAllBytes(entry, good[..(good.Length / 2)]);
        File.WriteAllBytes(Path.Combine(Cache, ".tmp-a-1-x"), good[..100]);
        var afterTruncation = Run("a.ipynb");
        Assert.Equal(0, afterTruncation.Exit);
        Assert.False(Cached(afterTruncation.Summary, "a"));
        Assert.Equal("ran 42\n", NotebookFiles.Printed(Path.Combine(Output, "a.ipynb"))[0]);

        // One changed byte in the outputs: the hash in the first line no longer matches.
        var bytes = File.ReadAllBytes(Entry("a"));
        var at = Array.LastIndexOf(bytes, (byte)'4');
        bytes[at] = (byte)'5';
        File.WriteAllBytes(Entry("a"), bytes);
        Assert.False(Cached(Run("a.ipynb").Summary, "a"));
        Assert.Equal("ran 42\n", NotebookFiles.Printed(Path.Combine(Output, "a.ipynb"))[0]);
        Assert.True(Cached(Run("a.ipynb").Summary, "a"));
    }

    [Fact]
    public void A_changed_data_file_beside_the_notebook_executes_it_again()
    {
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        File.WriteAllText(Path.Combine(folder, "data", "values.csv"), "1,2,3\n");
        NotebookFiles.Write(folder, "reads.ipynb", ("code", "Console.Write(System.IO.File.ReadAllText(System.IO.Path.Combine(\"data\", \"values.csv\")));"));
        Run("reads.ipynb");
        Assert.True(Cached(Run("reads.ipynb").Summary, "reads"));

        File.WriteAllText(Path.Combine(folder, "data", "values.csv"), "4,5,6\n");
        Assert.False(Cached(Run("reads.ipynb").Summary, "reads"));
        Assert.Equal("4,5,6\n", NotebookFiles.Printed(Path.Combine(Output, "reads.ipynb"))[0]);
    }
}
