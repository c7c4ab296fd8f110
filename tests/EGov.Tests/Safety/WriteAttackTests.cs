using System.Text;
using EGov.Tests.Run;

namespace EGov.Tests.Safety;

/// <summary>
/// The rule "a command never deletes or overwrites a file it did not create, nor reads and writes one file" tried the
/// way an attacker or an unlucky user would: links planted where egov run writes, a cache folder of someone's files, a
/// notebook that is a file of --out, a README inside the run publish reads, names that differ only in composition.
/// Real processes; every folder a user owns is checked byte-identical afterwards (docs/reliability.md, "write-attacks").
/// </summary>
public sealed class WriteAttackTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-write-attack-").FullName;
    private readonly DocTable table = new("attack", "exit", "the message, or what the run did", "the user's files after");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Theirs
    {
        get
        {
            var theirs = Path.Combine(root, "theirs");
            if (!Directory.Exists(theirs)) FolderSnapshot.WriteUserFiles(theirs);
            return theirs;
        }
    }

    private (int Exit, string Stdout, string Stderr) Egov(params string[] args) =>
        CliProcess.RunWithin(TimeSpan.FromMinutes(5), new Dictionary<string, string?>(), root, args);

    private static string Code(int exit) => exit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="args"/>: it must be refused (exit 2) saying <paramref name="says"/>, every file under the test's folder unchanged.</summary>
    private void Refused(string attack, string says, params string[] args)
    {
        var before = FolderSnapshot.Of(root);
        var run = Egov(args);
        Assert.True(run.Exit == 2, $"{attack}: exit {run.Exit}\n{run.Stdout}{run.Stderr}");
        Assert.Contains(says, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(root));
        table.Add(attack, Code(run.Exit), DocTable.Message(run.Stderr, root), "byte-identical");
    }

    [Fact]
    public void Every_attack_on_the_files_a_command_writes_leaves_the_users_files_byte_identical()
    {
        SafetyNotebooks.Code(root, "a.ipynb", "Console.WriteLine(6 * 7);");
        var theirs = Theirs;

        // 1. --cache-dir naming a folder of someone's files, one of them an old *.tmp (the cache cleans old temporary files).
        File.WriteAllText(Path.Combine(theirs, "draft.tmp"), "an editor's autosave\n");
        File.SetLastWriteTimeUtc(Path.Combine(theirs, "draft.tmp"), DateTime.UtcNow.AddDays(-2));
        Refused("`--cache-dir` naming a user's folder (with an old `draft.tmp`)", "holds files the cache did not write", "run", "a.ipynb", "--out", "out", "--cache-dir", "theirs");

        // A first run into out, with its cache in a folder of its own.
        var first = Egov("run", "a.ipynb", "--out", "out", "--cache-dir", "cache");
        Assert.True(first.Exit == 0, first.Stderr);
        var output = Path.Combine(root, "out");
        Assert.True(File.Exists(Path.Combine(output, ".results", "a.json")));

        // 2. The run's .results folder replaced by a link to the user's folder: the next run may remove and write
        //    .results/a.json, which is now the user's file through the link.
        Directory.Delete(Path.Combine(output, ".results"), recursive: true);
        File.WriteAllText(Path.Combine(theirs, "a.json"), "the user's own a.json\n");
        Directory.CreateSymbolicLink(Path.Combine(output, ".results"), theirs);
        var before = FolderSnapshot.Of(theirs);
        var linked = Egov("run", "a.ipynb", "--out", "out", "--cache-dir", "cache");
        Assert.DoesNotContain("   at ", linked.Stdout + linked.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(theirs));
        table.Add("`out/.results` (listed in .egov-run-files) replaced by a link to a user's folder holding `a.json`", Code(linked.Exit),
            linked.Exit == 0 ? "ran" : DocTable.Message(linked.Stderr, root), "byte-identical");
        File.Delete(Path.Combine(output, ".results"));

        // 3. The run's own a.html replaced by a link to a user's file: not the file the run wrote, so it is refused.
        Assert.Equal(0, Egov("run", "a.ipynb", "--out", "out", "--cache-dir", "cache").Exit);
        File.Delete(Path.Combine(output, "a.html"));
        File.CreateSymbolicLink(Path.Combine(output, "a.html"), Path.Combine(theirs, "important.txt"));
        Refused("`out/a.html` (listed in .egov-run-files) replaced by a link to a user's file", "a.html, which egov run did not write", "run", "a.ipynb", "--out", "out", "--cache-dir", "cache");
        File.Delete(Path.Combine(output, "a.html"));

        // 4. --out a link to a user's folder: only the run's files are added, the user's stay.
        var linkOut = Path.Combine(root, "link-out");
        Directory.CreateSymbolicLink(linkOut, theirs);
        before = FolderSnapshot.Of(theirs);
        var throughLink = Egov("run", "a.ipynb", "--out", "link-out", "--cache-dir", "cache");
        Assert.True(throughLink.Exit == 0, throughLink.Stderr);
        FolderSnapshot.AssertKept(before, FolderSnapshot.Of(theirs));
        table.Add("`--out` a link to a user's folder", Code(throughLink.Exit), "the run's files added beside theirs", "kept byte-identical");
        File.Delete(linkOut);

        // 5. The notebook is a link to a file in --out (an earlier run's executed copy): the run would replace what it reads.
        Directory.CreateDirectory(Path.Combine(root, "other"));
        File.CreateSymbolicLink(Path.Combine(root, "other", "a.ipynb"), Path.Combine(output, "a.ipynb"));
        Refused("the notebook is a link to the executed copy in `--out` (`other/a.ipynb` → `out/a.ipynb`)", "the run would replace the file it reads", "run", "other/a.ipynb", "--out", "out");

        // 6. Two notebooks whose names differ only in Unicode composition (é as one code point, and as e + U+0301).
        SafetyNotebooks.Prose(Path.Combine(root, "nfc"), "caf\u00e9.ipynb");
        SafetyNotebooks.Prose(Path.Combine(root, "nfd"), "cafe\u0301.ipynb");
        Refused("`nfc/café.ipynb nfd/café.ipynb` (é composed, and e + U+0301)", "have the same file name", "run", "nfc/caf\u00e9.ipynb", "nfd/cafe\u0301.ipynb", "--out", "names");

        // 7. publish's --readme inside the run it publishes, and --readme naming the executed notebook it reads.
        SafetyNotebooks.Prose(root, "01-first.ipynb", "01 · First");
        Assert.Equal(0, Egov("run", "01-first.ipynb", "--out", "run").Exit);
        File.WriteAllText(Path.Combine(root, "run", "notes.md"), "<!-- egov publish: results --><!-- /egov publish: results -->\n");
        Refused("`publish --from run --readme run/notes.md` (a README inside the run it reads)", "publish never writes where it reads", "publish", "--from", "run", "--out", "collection", "--readme", "run/notes.md");
        Refused("`publish --from run --readme run/01-first.ipynb` (the notebook it publishes)", "publish never writes where it reads", "publish", "--from", "run", "--out", "collection", "--readme", "run/01-first.ipynb");

        ReliabilityDoc.Check("write-attacks", "tests/EGov.Tests/Safety/WriteAttackTests.cs", table.ToString());
    }
}
