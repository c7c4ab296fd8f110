using EGov.Tests.Run;

namespace EGov.Tests.Safety;

/// <summary>
/// `egov publish` replaces only what it wrote before (its manifest, .egov-publish-files) and refuses a folder holding
/// others' files: real `egov run` and `egov publish` processes on prose-only notebooks (no kernel or browser needed),
/// folders checked byte-identical afterwards (docs/reliability.md, "publish").
/// </summary>
public sealed class PublishSafetyTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-publish-safety-").FullName;

    public PublishSafetyTests()
    {
        SafetyNotebooks.Prose(root, "01-first.ipynb", "01 · First");
        SafetyNotebooks.Prose(root, "02-second.ipynb", "02 · Second");
        File.WriteAllText(Path.Combine(root, "README.md"), "# Test\n\n<!-- egov publish: results --><!-- /egov publish: results -->\n");
        var run = Run("run", "01-first.ipynb", "02-second.ipynb", "--out", "run");
        Assert.True(run.Exit == 0, run.Stderr);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private const string Source = "tests/EGov.Tests/Safety/PublishSafetyTests.cs";

    private static string Code(int exit) => exit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_folder_it_did_not_create_is_refused_and_left_byte_identical()
    {
        var mydocs = Path.Combine(root, "mydocs");
        FolderSnapshot.WriteUserFiles(mydocs);
        var docs = Path.Combine(root, "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "performance.md"), "# Performance\n");
        var before = FolderSnapshot.Of(root);
        var table = new DocTable("--out (mydocs: a user's nested files; docs: performance.md; run: the --from folder)", "exit", "the message", "the folder after");
        foreach (var folder in new[] { "mydocs", "docs", ".", "run", "run/..", "" })
        {
            var publish = Run(Publish(folder));
            Assert.True(publish.Exit == 2, $"--out {folder}: exit {publish.Exit}\n{publish.Stderr}");
            Assert.Contains(folder == "" ? "empty" : "nothing was changed", publish.Stderr);
            Assert.DoesNotContain("Unhandled", publish.Stderr);
            Assert.Equal(before, FolderSnapshot.Of(root));
            table.Add(folder.Length == 0 ? "''" : "`" + folder + "`", Code(publish.Exit), DocTable.Message(publish.Stderr, root), $"byte-identical ({before.Count} entries)");
        }
        ReliabilityDoc.Check("publish-refused-folders", Source, table.ToString());
    }

    [Fact]
    public void A_republish_replaces_only_its_own_files_and_keeps_what_others_added()
    {
        var first = Run(Publish("collection"));
        Assert.True(first.Exit == 0, first.Stderr);
        var collection = Path.Combine(root, "collection");
        Assert.True(File.Exists(Path.Combine(collection, "02-second.md")));
        Assert.Equal(0, Run([.. Publish("collection"), "--check"]).Exit);

        // Someone adds their own files, nested, beside the published ones; the next run has one notebook fewer.
        FolderSnapshot.WriteUserFiles(collection);
        Directory.CreateDirectory(Path.Combine(collection, "images"));
        File.WriteAllText(Path.Combine(collection, "images", "mine.svg"), "<svg/>");
        var theirs = FolderSnapshot.Of(collection).Where(e => !e.Key.EndsWith(".md", StringComparison.Ordinal) && e.Key != ".egov-publish-files")
            .ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(0, Run("run", "01-first.ipynb", "--out", "run").Exit);
        var second = Run(Publish("collection"));
        Assert.True(second.Exit == 0, second.Stderr);
        var after = FolderSnapshot.Of(collection);
        FolderSnapshot.AssertKept(new SortedDictionary<string, string>(theirs, StringComparer.Ordinal), after);
        Assert.False(after.ContainsKey("02-second.md"), "the notebook no longer published is still there");
        Assert.True(after.ContainsKey("01-first.md"));
        var manifest = File.ReadAllLines(Path.Combine(collection, ".egov-publish-files"));
        Assert.Contains("01-first.md", manifest);
        Assert.DoesNotContain("02-second.md", manifest);
        Assert.DoesNotContain("important.txt", manifest);
        // --check sees the others' files as extra, and nothing else.
        var check = Run([.. Publish("collection"), "--check"]);
        Assert.Equal(1, check.Exit);
        Assert.Contains("extra: important.txt", check.Stderr);
        Assert.DoesNotContain("stale:", check.Stderr);
        Assert.DoesNotContain("missing:", check.Stderr);
        var table = new DocTable("step", "exit", "what happened");
        table.Add("publish a run of 01 and 02 into a new folder, then `--check`", $"{Code(first.Exit)}, 0", "written; up to date");
        table.Add($"someone adds {theirs.Count} entries (nested, an image beside the published ones); a run of 01 only is published", Code(second.Exit),
            $"the {theirs.Count} added entries byte-identical; 02-second.md removed; .egov-publish-files lists {manifest.Length - 1} files, none of theirs");
        table.Add("`--check`", Code(check.Exit), "their files reported as `extra:`, nothing `stale:` or `missing:`");
        ReliabilityDoc.Check("publish-republish", Source, table.ToString());
    }

    [Fact]
    public void A_file_in_the_way_or_a_damaged_manifest_refuses_the_publish_and_changes_nothing()
    {
        Assert.Equal(0, Run(Publish("collection")).Exit);
        var collection = Path.Combine(root, "collection");
        File.WriteAllText(Path.Combine(root, "precious.txt"), "keep me\n");

        // A notebook added to the run whose Markdown would replace a file someone put there.
        SafetyNotebooks.Prose(root, "03-third.ipynb", "03 · Third");
        Assert.Equal(0, Run("run", "01-first.ipynb", "03-third.ipynb", "--out", "run").Exit);
        File.WriteAllText(Path.Combine(collection, "03-third.md"), "my own notes\n");
        var before = FolderSnapshot.Of(root);
        var inTheWay = Run(Publish("collection"));
        Assert.Equal(2, inTheWay.Exit);
        Assert.Contains("03-third.md", inTheWay.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(root));
        var table = new DocTable("case", "exit", "the message", "the folders after");
        table.Add("a file someone wrote (`03-third.md`) where the next publish writes", Code(inTheWay.Exit), DocTable.Message(inTheWay.Stderr, root), "byte-identical");
        File.Delete(Path.Combine(collection, "03-third.md"));

        // A manifest that names a file outside the folder.
        var manifest = Path.Combine(collection, ".egov-publish-files");
        File.AppendAllText(manifest, "../precious.txt\n");
        before = FolderSnapshot.Of(root);
        var damaged = Run(Publish("collection"));
        Assert.Equal(2, damaged.Exit);
        Assert.Contains("damaged", damaged.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(root));
        table.Add("`.egov-publish-files` naming `../precious.txt`", Code(damaged.Exit), DocTable.Message(damaged.Stderr, root), "byte-identical");

        // --readme naming the collection's own README.
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.StartsWith("../", StringComparison.Ordinal)));
        File.WriteAllText(Path.Combine(collection, "README.md"), "<!-- egov publish: results --><!-- /egov publish: results -->\n");
        before = FolderSnapshot.Of(root);
        var readme = Run("publish", "--from", "run", "--out", "collection", "--readme", "collection/README.md");
        Assert.Equal(2, readme.Exit);
        Assert.Contains("--readme", readme.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(root));
        table.Add("`--readme collection/README.md` (a file of the collection itself)", Code(readme.Exit), DocTable.Message(readme.Stderr, root), "byte-identical");
        ReliabilityDoc.Check("publish-in-the-way", Source, table.ToString());
    }

    private static string[] Publish(string folder) => ["publish", "--from", "run", "--out", folder, "--readme", "README.md"];

    private (int Exit, string Stdout, string Stderr) Run(params string[] args) => CliProcess.Run(root, args);
}
