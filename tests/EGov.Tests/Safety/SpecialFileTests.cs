using System.Net.Sockets;
using EGov.Tests.Run;

namespace EGov.Tests.Safety;

/// <summary>
/// A named pipe (a real one, made with mkfifo, that no process writes to), a device, a socket or a folder where a command
/// expects a file or a folder: every command refuses it with a sentence (exit 2, nothing written), never blocks reading it
/// (each run has 60 s) and never prints a stack trace. The cases are docs/reliability.md's "special-files" table.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-special-").FullName;
    private readonly Socket socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public SpecialFileTests()
    {
        SafetyNotebooks.Prose(root, "01-a.ipynb");
        File.WriteAllText(Path.Combine(root, "README.md"), "# Test\n\n<!-- egov publish: results --><!-- /egov publish: results -->\n");
        Assert.Equal(0, CliProcess.Run(root, "run", "01-a.ipynb", "--out", "run").Exit);
        MakeFifo("pipe");
        MakeFifo("pipe.ipynb");
        Directory.CreateDirectory(Path.Combine(root, "folder.ipynb"));
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(root, "socket.ipynb")));
        Directory.CreateDirectory(Path.Combine(root, "run-of-pipes"));
        MakeFifo("run-of-pipes/run-summary.json");
        Directory.CreateDirectory(Path.Combine(root, "out-manifest-pipe"));
        MakeFifo("out-manifest-pipe/.egov-run-files");
        Directory.CreateDirectory(Path.Combine(root, "out-summary-pipe"));
        MakeFifo("out-summary-pipe/run-summary.json");
        Directory.CreateDirectory(Path.Combine(root, "published"));
        MakeFifo("published/.egov-publish-files");
        // Notebook folders for `notebooks sync` and `nav`: a template, the pinned versions or a notebook that is a pipe.
        foreach (var project in new[] { "props-pipe", "template-pipe", "notebook-pipe" })
        {
            SafetyNotebooks.Code(Path.Combine(root, project, "notebooks"), "01-x.ipynb", "1");
            if (project != "props-pipe") File.WriteAllText(Path.Combine(root, project, "Directory.Packages.props"), "<Project><ItemGroup /></Project>");
            if (project != "template-pipe") File.WriteAllText(Path.Combine(root, project, "notebooks", "setup-template.csx"), "// set-up\n");
        }
        MakeFifo("props-pipe/Directory.Packages.props");
        MakeFifo("template-pipe/notebooks/setup-template.csx");
        MakeFifo("notebook-pipe/notebooks/02-pipe.ipynb");
    }

    public void Dispose()
    {
        socket.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private void MakeFifo(string relative)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(root, relative)])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static readonly (string Case, string[] Args, int Exit, string Says)[] Cases =
    [
        ("run: the notebook is a named pipe", ["run", "pipe.ipynb", "--out", "o"], 2, "is a named pipe, not a saved notebook file"),
        ("run: the notebook is a folder", ["run", "folder.ipynb", "--out", "o"], 2, "is a folder, not a saved notebook file"),
        ("run: the notebook is a socket", ["run", "socket.ipynb", "--out", "o"], 2, "is a socket"),
        ("run: the notebook is /dev/null", ["run", "/dev/null", "--out", "o"], 2, "is a character device"),
        ("run: --out is a named pipe", ["run", "01-a.ipynb", "--out", "pipe"], 2, "it is a named pipe"),
        ("run: --out is /dev/null", ["run", "01-a.ipynb", "--out", "/dev/null"], 2, "it is a character device"),
        ("run: --cache-dir is a named pipe", ["run", "01-a.ipynb", "--out", "o", "--cache-dir", "pipe"], 2, "is a named pipe, not a folder"),
        ("run: --cache-dir is a file", ["run", "01-a.ipynb", "--out", "o", "--cache-dir", "README.md"], 2, "is a file, not a folder"),
        ("run: --out's .egov-run-files is a named pipe", ["run", "01-a.ipynb", "--out", "out-manifest-pipe"], 2, "not a regular file (a named pipe)"),
        ("run: --out's run-summary.json is a named pipe", ["run", "01-a.ipynb", "--out", "out-summary-pipe"], 2, "run-summary.json, which egov run did not write"),
        ("publish: --from is a named pipe", ["publish", "--from", "pipe", "--out", "c", "--readme", "README.md"], 2, "no run in pipe"),
        ("publish: --from's run-summary.json is a named pipe", ["publish", "--from", "run-of-pipes", "--out", "c", "--readme", "README.md"], 2, "not a regular file (a named pipe)"),
        ("publish: --readme is a named pipe", ["publish", "--from", "run", "--out", "c", "--readme", "pipe"], 2, "not a regular file (a named pipe)"),
        ("publish: --readme is a folder", ["publish", "--from", "run", "--out", "c", "--readme", "folder.ipynb"], 2, "not a regular file (a folder)"),
        ("publish: --readme is /dev/zero", ["publish", "--from", "run", "--out", "c", "--readme", "/dev/zero"], 2, "not a regular file (a character device)"),
        ("publish --check: --readme is a named pipe", ["publish", "--from", "run", "--out", "c", "--readme", "pipe", "--check"], 2, "not a regular file (a named pipe)"),
        ("publish: --out is a named pipe", ["publish", "--from", "run", "--out", "pipe", "--readme", "README.md"], 2, "is not a folder"),
        ("publish: --out's .egov-publish-files is a named pipe", ["publish", "--from", "run", "--out", "published", "--readme", "README.md"], 2, "not a regular file (a named pipe)"),
        ("import: the input is a named pipe", ["import", "pipe", "--out", "d"], 2, "not a regular file (a device, named pipe or socket)"),
        ("kernel serve: the connection file is a named pipe", ["kernel", "serve", "--connection-file", "pipe"], 2, "not a regular file (a named pipe)"),
        ("notebooks sync: Directory.Packages.props is a named pipe", ["notebooks", "sync", "--folder", "props-pipe/notebooks", "--check"], 2, "not a regular file (a named pipe)"),
        ("notebooks sync: the set-up template is a named pipe", ["notebooks", "sync", "--folder", "template-pipe/notebooks", "--check"], 2, "not a regular file (a named pipe)"),
        ("notebooks nav: a notebook is a named pipe", ["notebooks", "nav", "--folder", "notebook-pipe/notebooks", "--check"], 2, "a named pipe, not a saved notebook file"),
        ("kernel check: the notebook is a named pipe", ["kernel", "check", "pipe.ipynb"], 1, "a named pipe, not a saved notebook file"),
    ];

    [Fact]
    public void Every_command_refuses_a_pipe_device_socket_or_folder_with_a_sentence_and_never_blocks()
    {
        var before = FolderSnapshot.Of(root);
        var table = new DocTable("case", "exit", "the message");
        foreach (var (name, args, exit, says) in Cases)
        {
            var (code, stdout, stderr) = CliProcess.RunWithin(TimeSpan.FromSeconds(60), new Dictionary<string, string?>(), root, args);
            var output = stdout + stderr;
            Assert.True(code == exit, $"{name}: exit {code}, expected {exit}\n{output}");
            Assert.Contains(says, output);
            Assert.DoesNotContain("Unhandled", output);
            Assert.DoesNotContain("   at ", output);
            Assert.Equal(before, FolderSnapshot.Of(root));
            table.Add(name, code.ToString(System.Globalization.CultureInfo.InvariantCulture), DocTable.Message(output.Split('\n').First(l => l.Contains(says, StringComparison.Ordinal)), root));
        }
        ReliabilityDoc.Check("special-files", "tests/EGov.Tests/Safety/SpecialFileTests.cs", table.ToString());
    }
}
