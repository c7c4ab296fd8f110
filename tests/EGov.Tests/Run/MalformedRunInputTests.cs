using System.Text;
using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>
/// Hostile inputs to `egov run`: malformed notebooks, unusable output folders, huge parameters and prints. Never a stack
/// trace, never a lost report, never a silent pass.
/// </summary>
public sealed class MalformedRunInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-malformed-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>File name → content → the reason the run must give.</summary>
    public static TheoryData<string, string, string> Notebooks() => new()
    {
        { "array.ipynb", "[1,2,3]", "the top level is an array" },
        { "empty.ipynb", "", "malformed JSON" },
        { "text.ipynb", "this is not a notebook", "malformed JSON at line 1, column" },
        { "truncated.ipynb", "{\"cells\": [{\"cell_type\": \"code\",", "malformed JSON at line 1" },
        { "object.ipynb", "{}", "no \"nbformat\" version number" },
        { "nbformat3.ipynb", "{\"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": []}", "nbformat 3; this program runs nbformat 4" },
        { "nbformat5.ipynb", "{\"nbformat\": 5, \"cells\": []}", "nbformat 5" },
        { "cells-object.ipynb", "{\"nbformat\": 4, \"cells\": {}}", "no \"cells\" array" },
        { "no-cells.ipynb", "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": []}", "the notebook has no cells" },
        { "cell-number.ipynb", "{\"nbformat\": 4, \"cells\": [1]}", "cell 1 is a number, not an object" },
        { "no-type.ipynb", "{\"nbformat\": 4, \"cells\": [{\"source\": \"x\"}]}", "cell 1 has no \"cell_type\"" },
        { "odd-type.ipynb", "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"sql\", \"source\": \"x\"}]}", "unknown cell_type 'sql'" },
        { "no-source.ipynb", "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 5}]}", "cell 1 has no \"source\" text" },
        { "outputs-string.ipynb", "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"1\", \"outputs\": \"x\"}]}", "outputs are not an array" },
        { "deep.ipynb", new string('[', 5000) + new string(']', 5000), "malformed JSON" },
        { "binary.ipynb", "\u0000\u0001\u0002PK\u0003\u0004", "malformed JSON" },
    };

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_malformed_notebook_fails_with_its_reason_and_the_report_keeps_the_good_one(string name, string content, string reason)
    {
        File.WriteAllText(Path.Combine(folder, name), content);
        File.Copy(Path.Combine(CliProcess.Fixtures, "passing.ipynb"), Path.Combine(folder, "passing.ipynb"));
        var output = Path.Combine(folder, "out");
        var (exit, stdout, stderr) = CliProcess.Run(folder, "run", name, "passing.ipynb", "--out", output);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", stdout + stderr); // no stack trace
        Assert.DoesNotContain("Unhandled exception", stdout + stderr);
        Assert.Contains($"[1/2] failed    {name}", stderr.Replace("[2/2]", "[1/2]", StringComparison.Ordinal));
        var line = stderr.Split('\n').Single(l => l.Contains(reason, StringComparison.Ordinal));
        if (name != "no-cells.ipynb") Assert.Contains($"{Path.Combine(folder, name)}: not a valid notebook: ", line);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run-summary.json")))!;
        Assert.Equal((1, 1), ((int)summary["passed"]!, (int)summary["failed"]!));
        Assert.True(File.Exists(Path.Combine(output, "passing.html")), "the passing notebook's page was lost");
        Assert.Contains("x is 42", File.ReadAllText(Path.Combine(output, "passing.html")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_notebook_with_prose_only_passes_and_says_so()
    {
        File.WriteAllText(Path.Combine(folder, "prose.ipynb"), """{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Only prose"}]}""");
        var (exit, stdout, _) = CliProcess.Run(folder, "run", "prose.ipynb", "--out", Path.Combine(folder, "out"));
        Assert.Equal(0, exit);
        Assert.Contains("prose.ipynb (", stdout);
        Assert.Contains("no code cells: prose only, nothing executed", stdout);
    }

    [SkippableTheory]
    [InlineData("file")]
    [InlineData("under-a-file")]
    [InlineData("proc")]
    [InlineData("read-only")]
    public void An_unusable_output_folder_is_refused_without_a_stack_trace(string kind)
    {
        var blocker = Path.Combine(folder, "blocker");
        File.WriteAllText(blocker, "");
        var output = kind switch
        {
            "file" => blocker,
            "under-a-file" => Path.Combine(blocker, "out"),
            "proc" => "/proc/egov-out",
            _ => Path.Combine(folder, "ro", "out"),
        };
        if (kind == "read-only" && !OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path.Combine(folder, "ro"));
            File.SetUnixFileMode(Path.Combine(folder, "ro"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
            Skip.If(Environment.UserName == "root" && kind == "read-only" && CanWrite(Path.Combine(folder, "ro")), "root ignores directory permissions");
        }
        var (exit, stdout, stderr) = CliProcess.Run(CliProcess.Fixtures, "run", "passing.ipynb", "--out", output);
        Assert.Equal(2, exit);
        Assert.StartsWith("egov run: cannot write the output folder", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public void A_parameter_of_a_megabyte_reaches_the_notebook()
    {
        var value = new string('x', 1024 * 1024);
        var responseFile = Path.Combine(folder, "args.rsp");
        File.WriteAllText(responseFile, $"--param\nname={value}\n");
        var output = Path.Combine(folder, "out");
        var (exit, stdout, stderr) = CliProcess.Run(CliProcess.Fixtures, "run", "parameters.ipynb", "--out", output, "@" + responseFile);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains(value, File.ReadAllText(Path.Combine(output, "parameters.ipynb")));
    }

    [Fact]
    public void A_flood_of_printed_text_is_captured_with_a_cap()
    {
        var source = "for (var i = 0; i < 2_000_000; i++) Console.WriteLine(\"line \" + i + \" of a long flood of text\");";
        var notebook = new JsonObject
        {
            ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new JsonObject(),
            ["cells"] = new JsonArray(new JsonObject { ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray(), ["source"] = source, ["execution_count"] = null }),
        };
        File.WriteAllText(Path.Combine(folder, "flood.ipynb"), notebook.ToJsonString());
        var output = Path.Combine(folder, "out");
        var (exit, stdout, stderr) = CliProcess.Run(folder, "run", "flood.ipynb", "--out", output, "--timeout", "300");
        Assert.True(exit == 0, stdout + stderr);
        var executed = new FileInfo(Path.Combine(output, "flood.ipynb"));
        Assert.True(executed.Length < 12 * 1024 * 1024, $"{executed.Length:N0} bytes: the output was not capped");
        var text = File.ReadAllText(executed.FullName);
        Assert.Contains("line 0 of a long flood", text);
        Assert.Contains("line 1999999 of a long flood", text); // the tail is kept
        Assert.Contains("characters cut by egov", text);
    }

    private static bool CanWrite(string directory)
    {
        try
        {
            var probe = Path.Combine(directory, ".probe");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException) { return false; }
        catch (IOException) { return false; }
    }
}
