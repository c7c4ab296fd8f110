using System.Diagnostics;

namespace EGov.Tests.Corpus;

/// <summary>
/// Output folders that only root can make unwritable (root ignores permission bits): immutable (chattr +i), a read-only
/// mount, a full file system (a small tmpfs), and an input folder another user cannot read. Each runs the real program:
/// exit 2, a one-line reason naming the path, no stack trace, the old dataset intact. Skipped where the machine does not
/// allow the setup (not root, no mount).
/// </summary>
[Collection(ImportProcessCollection.Name)]
public sealed class PrivilegedEnvironmentTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public void An_immutable_output_folder_is_reported_and_left_as_it_was()
    {
        using var scenario = new ImportScenario("immutable");
        Skip.IfNot(Shell($"chattr +i '{scenario.Out}'"), "chattr +i is not allowed here");
        try
        {
            AssertRefused(scenario, "Operation not permitted", "is denied");
        }
        finally { Shell($"chattr -i '{scenario.Out}'"); }
    }

    [SkippableFact]
    public void A_read_only_mount_is_reported_and_left_as_it_was()
    {
        using var scenario = new ImportScenario("readonly");
        Skip.IfNot(Shell($"mount --bind '{scenario.Out}' '{scenario.Out}' && mount -o remount,ro,bind '{scenario.Out}'"), "bind mounts are not allowed here");
        try
        {
            AssertRefused(scenario, "Read-only file system", "is denied");
        }
        finally { Shell($"umount '{scenario.Out}'"); }
    }

    [SkippableFact]
    public void A_full_disk_is_reported_and_the_old_dataset_is_intact()
    {
        using var scenario = new ImportScenario("full");
        var disk = Path.Combine(scenario.Root, "disk");
        Directory.CreateDirectory(disk);
        var size = CorpusRunner.Base.Values.Sum(b => b.Length) + 40_000; // the old dataset, and not room for the new one
        Skip.IfNot(Shell($"mount -t tmpfs -o size={size} tmpfs '{disk}'"), "tmpfs mounts are not allowed here");
        try
        {
            foreach (var (name, bytes) in CorpusRunner.Base) File.WriteAllBytes(Path.Combine(disk, name), bytes);
            var before = CorpusRunner.Snapshot(disk);
            var (exit, stdout, stderr, hung) = ImportProcess.Run(["import", scenario.Export(2026), "--out", disk], Limit);
            Assert.False(hung);
            Assert.Equal(2, exit);
            Assert.Contains("No space left on device", stderr);
            Assert.Contains("unchanged", stderr);
            Assert.DoesNotContain("   at ", stderr);
            Assert.Equal("", stdout);
            Assert.Equal(before, CorpusRunner.Snapshot(disk));
            Assert.Equal([2024], EGov.Survey.Load(disk).Editions);
        }
        finally { Shell($"umount '{disk}'"); }
    }

    [SkippableFact]
    public void An_input_folder_another_user_cannot_read_is_reported()
    {
        Skip.IfNot(Environment.UserName == "root" && Shell("command -v setpriv"), "needs root and setpriv");
        using var scenario = new ImportScenario("unreadable");
        var inputs = Path.Combine(scenario.Root, "private");
        Directory.CreateDirectory(inputs);
        File.Copy(scenario.Export(2026), Path.Combine(inputs, "EGOV_DATA_2026.csv"));
        Assert.True(Shell($"chmod 755 '{scenario.Root}' && chmod 700 '{inputs}' && chown -R 65534:65534 '{scenario.Out}'"));
        var before = CorpusRunner.Snapshot(scenario.Out);

        var (exit, stdout, stderr, hung) = ImportProcess.Run(["import", inputs, "--out", scenario.Out], Limit, user: (65534, 65534));

        Skip.If(stderr.Contains("EGov.Cli.dll", StringComparison.Ordinal) && exit != 2, "the test binaries are not readable by another user here");
        Assert.False(hung);
        Assert.True(exit == 2, stderr);
        Assert.Contains("cannot read the folder", stderr);
        Assert.Contains("[CannotRead]", stderr);
        Assert.Contains(inputs, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, CorpusRunner.Snapshot(scenario.Out));
    }

    private static void AssertRefused(ImportScenario scenario, params string[] reasons)
    {
        var before = CorpusRunner.Snapshot(scenario.Out);
        var (exit, stdout, stderr, hung) = ImportProcess.Run(scenario.ImportArgs(2026), Limit);
        Assert.False(hung);
        Assert.True(exit == 2, stderr);
        Assert.True(reasons.Any(r => stderr.Contains(r, StringComparison.Ordinal)), stderr);
        Assert.Contains("cannot write the new dataset into " + scenario.Out, stderr);
        Assert.Contains("The dataset there is unchanged", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, CorpusRunner.Snapshot(scenario.Out));
        Assert.Equal([2024], scenario.LoadedEditions());
    }

    private static bool Shell(string command)
    {
        var start = new ProcessStartInfo("sh", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
