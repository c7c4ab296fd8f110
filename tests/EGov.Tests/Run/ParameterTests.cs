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
    public void Values_of_the_wrong_type_and_unknown_names_are_rejected(string param, string message)
    {
        var (exit, stdout, stderr) = CliProcess.Run(CliProcess.Fixtures, "run", "parameters.ipynb", "--out", output, "--param", param);
        Assert.Equal(1, exit);
        Assert.Contains(message, stdout + stderr);
    }
}
