using System.Diagnostics;
using EGov.Tests.Run;

namespace EGov.Tests.Safety;

/// <summary>
/// A full disk while run and publish write (a real file system: a 300 KB tmpfs mounted for the test, filled to the last
/// byte; skipped where mounting is not allowed): one sentence and exit 2, no stack trace, no temporary file left, the
/// user's files and the README byte-identical, and no run-summary.json beside a partial run (docs/reliability.md, "disk-full").
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-disk-full-").FullName;
    private readonly string small;
    private readonly bool mounted;

    public DiskFullTests()
    {
        small = Directory.CreateDirectory(Path.Combine(root, "small")).FullName;
        mounted = Command("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", small) == 0;
    }

    public void Dispose()
    {
        if (mounted) Command("umount", small);
        Directory.Delete(root, recursive: true);
    }

    private static int Command(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception) { return -1; }
    }

    /// <summary>Fills the small file system to its last byte (the filler is not one of the user's files).</summary>
    private void Fill()
    {
        using var filler = new FileStream(Path.Combine(small, "filler"), FileMode.Append);
        var chunk = new byte[4096];
        try { while (true) { filler.Write(chunk); filler.Flush(); } }
        catch (IOException) { /* full */ }
    }

    [SkippableFact]
    public void A_full_disk_is_one_sentence_and_leaves_the_users_files_and_no_partial_run_summary()
    {
        Skip.IfNot(mounted, "mounting a tmpfs is not allowed here (needs root); CI runs as root");
        SafetyNotebooks.Prose(root, "01-a.ipynb");
        var output = Path.Combine(small, "out");
        FolderSnapshot.WriteUserFiles(output);
        File.WriteAllText(Path.Combine(small, "README.md"), "# T\n\n<!-- egov publish: results --><!-- /egov publish: results -->\n");
        Assert.Equal(0, CliProcess.Run(root, "run", "01-a.ipynb", "--out", "run").Exit);
        Fill();
        var before = FolderSnapshot.Of(small);
        var table = new DocTable("command, into a file system with no byte free", "exit", "the message", "after");
        foreach (var args in new[]
        {
            new[] { "run", "01-a.ipynb", "--out", output, "--cache-dir", Path.Combine(root, "cache") },
            ["publish", "--from", "run", "--out", Path.Combine(small, "collection"), "--readme", Path.Combine(small, "README.md")],
        })
        {
            var (exit, stdout, stderr) = CliProcess.Run(root, args);
            Assert.True(exit == 2, $"exit {exit}\n{stdout}{stderr}");
            Assert.Contains("No space left on device", stderr);
            Assert.DoesNotContain("   at ", stdout + stderr);
            var after = FolderSnapshot.Of(small);
            FolderSnapshot.AssertKept(before, after);
            Assert.DoesNotContain(after.Keys, k => k.EndsWith(".tmp", StringComparison.Ordinal));
            Assert.False(after.ContainsKey("out/run-summary.json"));
            var line = DocTable.Message(stderr, root);
            table.Add("`egov " + args[0] + "`", "2", System.Text.RegularExpressions.Regex.Replace(line, @"\.\d+-\d+\.tmp", ".PID-N.tmp"),
                "the user's files and README byte-identical; no temporary file; no run-summary.json");
        }
        ReliabilityDoc.Check("disk-full", "tests/EGov.Tests/Safety/DiskFullTests.cs", table.ToString());
    }
}
