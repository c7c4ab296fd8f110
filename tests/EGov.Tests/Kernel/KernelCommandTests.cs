using System.Text.Json.Nodes;
using EGov.Tests.Run;

namespace EGov.Tests.Kernel;

public sealed class KernelCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-kernel-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Install_without_jupyter_says_how_to_get_it()
    {
        var (exit, stdout, _) = CliProcess.RunWithPath(folder, folder, "kernel", "install");
        Assert.Equal(2, exit);
        Assert.Contains("Jupyter is not installed", stdout);
        Assert.Contains("apt-get install jupyter-client", stdout);
    }

    [Fact]
    public void Install_refuses_a_name_that_is_not_a_kernelspec_name()
    {
        var (exit, _, stderr) = CliProcess.Run(folder, "kernel", "install", "--name", "../escape");
        Assert.Equal(2, exit);
        Assert.Contains("is not a kernelspec name", stderr);
    }

    [Fact]
    public void Check_prints_the_failing_cell_with_the_diagnostic_from_stderr()
    {
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["cells"] = new JsonArray(
                new JsonObject { ["cell_type"] = "markdown", ["source"] = "# t" },
                new JsonObject { ["cell_type"] = "code", ["source"] = "var ok = 1;", ["outputs"] = new JsonArray() },
                new JsonObject
                {
                    ["cell_type"] = "code",
                    ["source"] = new JsonArray("int y = \"a\";\n", "y"),
                    ["outputs"] = new JsonArray(
                        new JsonObject { ["output_type"] = "stream", ["name"] = "stderr", ["text"] = "(1,9): error CS0029: Cannot implicitly convert type 'string' to 'int'\n" },
                        new JsonObject { ["output_type"] = "error", ["ename"] = "Error", ["evalue"] = "compilation error", ["traceback"] = new JsonArray() }),
                }),
        };
        var path = Path.Combine(folder, "nb.ipynb");
        File.WriteAllText(path, notebook.ToJsonString());

        var (exit, stdout, _) = CliProcess.Run(folder, "kernel", "check", path);

        Assert.Equal(1, exit);
        Assert.Contains("cell 2: int y = \"a\";", stdout);
        Assert.Contains("Error: compilation error", stdout);
        Assert.Contains("error CS0029", stdout);
    }
}
