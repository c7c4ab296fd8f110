using System.Text.Json;
using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

public sealed class ParameterTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("egov-params-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    [Fact]
    public void Hostile_values_arrive_as_the_exact_strings_never_as_code()
    {
        var hostile = "x\"; System.IO.File.WriteAllText(\"pwned\", \"1\"); //\n\\u0022 \r\n\u2028 $\"{1}\" 中文 😀 \\";
        var (exit, stdout, stderr) = CliProcess.Run(CliProcess.Fixtures, "run", "parameters.ipynb", "--out", output,
            "--param", "name=" + hostile, "--param", "count=-7", "--param", "ratio=1e-3", "--param", "flag=true");

        Assert.True(exit == 0, stdout + stderr);
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "parameters.ipynb")))!;
        var cells = notebook["cells"]!.AsArray();
        Assert.Equal("injected-parameters", (string?)cells[2]!["metadata"]!["tags"]![0]);
        var printed = string.Concat(cells[3]!["outputs"]![0]!["text"]!.AsArray().Select(l => (string?)l));
        var values = JsonDocument.Parse(printed).RootElement;
        Assert.Equal(hostile, values.GetProperty("name").GetString());
        Assert.Equal(-7, values.GetProperty("count").GetInt32());
        Assert.Equal(0.001, values.GetProperty("ratio").GetDouble());
        Assert.True(values.GetProperty("flag").GetBoolean());
        Assert.False(File.Exists(Path.Combine(CliProcess.Fixtures, "pwned")));
    }

    [Theory]
    [InlineData("count=1; System.Environment.Exit(3)", "parameter 'count' is int")]
    [InlineData("ratio=NaN", "not a finite double")]
    [InlineData("flag=1", "true or false")]
    [InlineData("nmae=1", "unknown parameter 'nmae'; the notebook's parameters are: count, flag, name, ratio")]
    public void Values_of_the_wrong_type_and_unknown_names_are_usage_problems_found_before_anything_runs(string param, string message)
    {
        var (exit, stdout, stderr) = CliProcess.Run(CliProcess.Fixtures, "run", "parameters.ipynb", "--out", output, "--param", param);
        Assert.Equal(2, exit);
        Assert.StartsWith("egov run: ", stderr);
        Assert.Contains(message, stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output)); // nothing ran, nothing was written
    }

    [Fact]
    public void A_parameter_for_a_notebook_without_a_parameters_cell_is_a_usage_problem()
    {
        var (exit, _, stderr) = CliProcess.Run(CliProcess.Fixtures, "run", "passing.ipynb", "--out", output, "--param", "x=1");
        Assert.Equal(2, exit);
        Assert.Contains("passing.ipynb has no cell tagged 'parameters', so it takes no --param", stderr);
    }

    [Fact]
    public void Names_the_compiler_reads_its_own_way_are_set_as_declared()
    {
        // parameter-names.ipynb declares `string @class`, `string @event = "e", café = "c"`, `string async`, `int? limit`,
        // `var count = 3`, `string \u0061lpha` (alpha), `char mark`, `float share`, and a local inside a method.
        var (exit, stdout, stderr) = CliProcess.Run(CliProcess.Fixtures, "run", "parameter-names.ipynb", "--out", output,
            "--param", "class=set", "--param", "event=ev", "--param", "café=ç\\\"", "--param", "async=b", "--param", "limit=5",
            "--param", "count=-4", "--param", "alpha=z", "--param", "mark=\\", "--param", "share=0.25");
        Assert.True(exit == 0, stdout + stderr);
        var printed = NotebookFiles.Printed(Path.Combine(output, "parameter-names.ipynb"))[2];
        var values = JsonDocument.Parse(printed).RootElement;
        Assert.Equal("set", values.GetProperty("class").GetString());
        Assert.Equal("ev", values.GetProperty("event").GetString());
        Assert.Equal("ç\\\"", values.GetProperty("café").GetString());
        Assert.Equal("b", values.GetProperty("async").GetString());
        Assert.Equal(5, values.GetProperty("limit").GetInt32());
        Assert.Equal(-4, values.GetProperty("count").GetInt32());
        Assert.Equal("z", values.GetProperty("alpha").GetString());
        Assert.Equal("\\", values.GetProperty("mark").GetString());
        Assert.Equal(0.25, values.GetProperty("share").GetDouble());
    }
}
