using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>
/// The execution cache never hangs and never crashes on what it finds in its folder: an entry that is not a sound file
/// of its own (a named pipe, a link to /dev/zero or out of the cache, a folder, a huge file, a truncated or malformed
/// one, one with the right hash but wrong types) is a miss with one warning line, and the notebook executes.
/// </summary>
public sealed class CacheEntryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-cache-entry-").FullName;
    private string Output => Path.Combine(folder, "out");
    private string Cache => Path.Combine(folder, "cache");
    private string Notebooks => Directory.CreateDirectory(Path.Combine(folder, "nb")).FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string Stdout, string Stderr, JsonArray Notebooks) Run(IEnumerable<string> notebooks)
    {
        var (exit, stdout, stderr) = CliProcess.Run(Notebooks, ["run", .. notebooks.Select(n => n + ".ipynb"), "--out", Output, "--cache-dir", Cache, "--timeout", "300"]);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "run-summary.json")))!;
        return (exit, stdout, stderr, summary["notebooks"]!.AsArray());
    }

    /// <summary>An entry whose first line holds the right hash of <paramref name="body"/>: it passes the integrity check, so the content rules are what is tested.</summary>
    private static byte[] WithHash(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return [.. Encoding.ASCII.GetBytes($"egov-run-cache 2 {Convert.ToHexStringLower(SHA256.HashData(bytes))}\n"), .. bytes];
    }

    private static string Changed(byte[] good, Action<JsonObject> change)
    {
        var body = Encoding.UTF8.GetString(good[(Array.IndexOf(good, (byte)'\n') + 1)..]);
        var json = JsonNode.Parse(body)!.AsObject();
        change(json);
        return json.ToJsonString();
    }

    private static void Remove(string path)
    {
        if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null) Directory.Delete(path, recursive: true);
        else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null || Path.Exists(path)) File.Delete(path);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void Every_unusable_entry_is_a_miss_with_one_warning_and_the_notebook_executes()
    {
        var outside = Path.Combine(folder, "sound-entry-outside.json"); // outside the notebook's folder: not in its key
        var cases = new (string Name, Action<string, byte[]> Damage)[]
        {
            ("a named pipe", (entry, _) => MakeFifo(entry)),
            ("a link to /dev/zero", (entry, _) => File.CreateSymbolicLink(entry, "/dev/zero")),
            ("a link to a sound entry outside the cache", (entry, good) => { File.WriteAllBytes(outside, good); File.CreateSymbolicLink(entry, outside); }),
            ("a dangling link", (entry, _) => File.CreateSymbolicLink(entry, Path.Combine(folder, "nothing-here"))),
            ("a folder", (entry, _) => Directory.CreateDirectory(entry)),
            ("a huge file (300 MB, sparse)", (entry, _) => { using var f = File.Create(entry); f.SetLength(300L << 20); }),
            ("an empty file", (entry, _) => File.WriteAllBytes(entry, [])),
            ("truncated", (entry, good) => File.WriteAllBytes(entry, good[..(good.Length / 2)])),
            ("one byte changed", (entry, good) => { var b = (byte[])good.Clone(); b[^3] ^= 1; File.WriteAllBytes(entry, b); }),
            ("another version's header", (entry, good) => File.WriteAllBytes(entry, [.. "egov-run-cache 999 0\n"u8, .. good[(Array.IndexOf(good, (byte)'\n') + 1)..]])),
            ("malformed JSON with a valid hash", (entry, _) => File.WriteAllBytes(entry, WithHash("{\"notebook\": \"a\", \"key\": "))),
            ("JSON nested 100,000 deep with a valid hash", (entry, _) => File.WriteAllBytes(entry, WithHash(new string('[', 100_000)))),
            ("an output that is a number", (entry, good) => File.WriteAllBytes(entry, WithHash(Changed(good, j => j["cells"]![0]!["outputs"] = new JsonArray(42))))),
            ("a stream output without text", (entry, good) => File.WriteAllBytes(entry, WithHash(Changed(good, j => j["cells"]![0]!["outputs"]![0]!.AsObject().Remove("text"))))),
            ("an execution count that is text", (entry, good) => File.WriteAllBytes(entry, WithHash(Changed(good, j => j["cells"]![1]!["execution_count"] = "two")))),
            ("a result whose cells are a string", (entry, good) => File.WriteAllBytes(entry, WithHash(Changed(good, j => j["result"]!["cells"] = "none")))),
            ("a result whose cells hold null", (entry, good) => File.WriteAllBytes(entry, WithHash(Changed(good, j => j["result"]!["cells"] = new JsonArray((JsonNode?)null))))),
            ("a created time that is a number", (entry, good) => File.WriteAllBytes(entry, WithHash(Changed(good, j => j["created"] = 7)))),
            ("fewer cells than the notebook", (entry, good) => File.WriteAllBytes(entry, WithHash(Changed(good, j => j["cells"]!.AsArray().RemoveAt(1))))),
            ("the entry of another notebook", (entry, good) => File.WriteAllBytes(entry, WithHash(Changed(good, j => j["notebook"] = "other")))),
        };
        // One notebook per case, all in one run: each has an entry of its own (NAME-KEY.json).
        var names = cases.Select((_, i) => "n" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var name in names)
            NotebookFiles.Write(Notebooks, name + ".ipynb", ("code", "Console.WriteLine(\"ran \" + (6 * 7));"), ("code", "6 * 7"));
        var first = Run(names);
        Assert.True(first.Exit == 0, first.Stdout + first.Stderr);
        var entries = names.Select(n => Assert.Single(Directory.GetFiles(Cache, n + "-*.json"))).ToList();
        var good = entries.Select(File.ReadAllBytes).ToList();
        Assert.All(Run(names).Notebooks, n => Assert.True((bool)n!["cached"]!));

        for (var i = 0; i < cases.Length; i++)
        {
            Remove(entries[i]);
            cases[i].Damage(entries[i], good[i]);
        }
        var run = Run(names);
        Assert.True(run.Exit == 0, $"exit {run.Exit}\n{run.Stdout}{run.Stderr}");
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        Assert.DoesNotContain("Unhandled", run.Stdout + run.Stderr);
        var warnings = run.Stderr.Split('\n').Where(l => l.Contains("warning", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.False((bool)run.Notebooks[i]!["cached"]!, cases[i].Name);
            Assert.Equal("ran 42\n", NotebookFiles.Printed(Path.Combine(Output, names[i] + ".ipynb"))[0]);
            var mine = warnings.Where(w => w.Contains(names[i] + "-", StringComparison.Ordinal) || w.Contains(names[i] + ".ipynb", StringComparison.Ordinal)).ToList();
            Assert.True(mine.Count == 1, $"{cases[i].Name}: {mine.Count} warning lines\n{run.Stderr}");
            Assert.Contains("execution cache", mine[0]);
        }
        Assert.Equal(cases.Length, warnings.Count);
        // docs/reliability.md's table of these cases: each entry and the reason the run gave for not using it.
        var table = new StringBuilder("| entry | result (exit 0, executed, one warning line: the reason given) |\n|---|---|\n");
        for (var i = 0; i < cases.Length; i++)
        {
            var line = warnings.Single(w => w.Contains(names[i] + "-", StringComparison.Ordinal) || w.Contains(names[i] + ".ipynb", StringComparison.Ordinal));
            // The line without what differs between runs: the temporary entry path and the notebook's name.
            var reason = line[(line.IndexOf("warning: ", StringComparison.Ordinal) + "warning: ".Length)..].Trim();
            reason = System.Text.RegularExpressions.Regex.Replace(reason, @"\S*/n\d\d-[0-9a-f]+\.json", "ENTRY");
            reason = System.Text.RegularExpressions.Regex.Replace(reason, @"\bn\d\d\.ipynb", "NB.ipynb");
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {cases[i].Name} | {reason.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }
        ReliabilityDoc.Check("cache-entries", "tests/EGov.Tests/Run/CacheEntryTests.cs", table.ToString());

        // The cache heals: sound entries are served again, and the file a link pointed to was never written through.
        for (var i = 0; i < cases.Length; i++)
        {
            Remove(entries[i]);
            File.WriteAllBytes(entries[i], good[i]);
        }
        Assert.All(Run(names).Notebooks, n => Assert.True((bool)n!["cached"]!));
        Assert.Equal(good[2], File.ReadAllBytes(outside));
    }
}
