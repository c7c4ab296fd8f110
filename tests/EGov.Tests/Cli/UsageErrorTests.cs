using EGov.Tests.Run;

namespace EGov.Tests.Cli;

/// <summary>
/// Command lines that cannot be used, for every command and every option that takes a value: a word, NaN, a fraction,
/// an empty value, a negative or overflowing number, an unknown option, a missing argument. Each must exit 2 (the usage
/// code of every command) with one sentence naming the command, never a stack trace, and write nothing. The figures are
/// docs/reliability.md's "Usage problems" section.
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-usage-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static readonly (string Command, string[] Args, string Says)[] Cases =
    [
        ("import", ["import", "in.csv", "--out", "out", "--wait", "abc"], "--wait takes a whole number of seconds from 0 to 86400; 'abc' is not one"),
        ("import", ["import", "in.csv", "--out", "out", "--wait", "99999999999"], "'99999999999' is not one"),
        ("import", ["import", "in.csv", "--out", "out", "--wait", "-1"], "'-1' is not one"),
        ("import", ["import", "in.csv", "--out", "out", "--wait", "NaN"], "'NaN' is not one"),
        ("import", ["import", "in.csv", "--out", "out", "--wait", "1.5"], "'1.5' is not one"),
        ("import", ["import", "in.csv", "--out", "out", "--wait", ""], "'' is not one"),
        ("import", ["import", "in.csv", "--out", "out", "--wait"], "--wait"),
        ("import", ["import", "in.csv"], "Option '--out' is required"),
        ("import", ["import", "--out", "out"], "Required argument missing"),
        ("run", ["run", "--parallel", "0"], "--parallel takes a whole number of notebooks from 1 to 1024; '0' is not one"),
        ("run", ["run", "--parallel", "-3"], "'-3' is not one"),
        ("run", ["run", "--parallel", "99999999999"], "'99999999999' is not one"),
        ("run", ["run", "--parallel", "many"], "'many' is not one"),
        ("run", ["run", "-j", "NaN"], "'NaN' is not one"),
        ("run", ["run", "--timeout", "-1"], "--timeout takes a whole number of seconds from 1 to 604800; '-1' is not one"),
        ("run", ["run", "--timeout", "0"], "'0' is not one"),
        ("run", ["run", "--timeout", "1e3"], "'1e3' is not one"),
        ("run", ["run", "--timeout", "9999999999"], "'9999999999' is not one"),
        ("run", ["run", "--timeout", ""], "'' is not one"),
        ("run", ["run", "--frobnicate"], "no such notebook"),
        ("run", ["run", "--memory-limit", "abc"], "--memory-limit"),
        ("run", ["run", "--memory-limit", "99999999999"], "--memory-limit"),
        ("run", ["run", System.IO.Path.Combine(CliProcess.Fixtures, "parameters.ipynb"), "--param", "=1"], "must be name=value"),
        ("run", ["run", "--out"], "--out"),
        ("publish", ["publish", "--check", "--frobnicate"], "Unrecognized command or argument '--frobnicate'"),
        ("publish", ["publish", "--from"], "--from"),
        ("publish", ["publish", "--readme", "none.md"], "no README"),
        ("kernel install", ["kernel", "install", "--name", "a b"], "is not a kernelspec name"),
        ("kernel install", ["kernel", "install", "--name", ""], "--name is given an empty value"),
        ("kernel install", ["kernel", "install", "--uninstall=maybe"], "maybe"),
        ("kernel serve", ["kernel", "serve"], "Option '--connection-file' is required"),
        ("kernel serve", ["kernel", "serve", "--connection-file", "none.json"], "egov kernel serve:"),
        ("kernel check", ["kernel", "check"], "Required argument missing"),
        ("kernel check", ["kernel", "check", "none.ipynb"], "no such notebook: none.ipynb"),
        ("kernel check", ["kernel", "check", "x.ipynb", "--compare-with"], "--compare-with"),
        ("kernel", ["kernel", "frobnicate"], "Unrecognized command or argument 'frobnicate'"),
        ("notebooks sync", ["notebooks", "sync", "--folder", "none"], "no folder none"),
        ("notebooks sync", ["notebooks", "sync", "--check=perhaps"], "perhaps"),
        ("notebooks nav", ["notebooks", "nav", "--folder"], "--folder"),
        ("notebooks nav", ["notebooks", "nav", "extra"], "Unrecognized command or argument 'extra'"),
        ("summary", ["summary", "--country", "Atlantis"], "'Atlantis' is not an ISO3 code or name"),
        ("summary", ["summary", "--data", "none"], "--data none is not a folder"),
        ("summary", ["summary", "--country"], "--country"),
        ("summary", ["summary", "extra"], "Unrecognized command or argument 'extra'"),
        ("run", ["run", "--out", ""], "--out is given an empty value"),
        ("run", ["run", "--cache-dir", ""], "--cache-dir is given an empty value"),
        ("run", ["run", ""], "an empty argument"),
        ("import", ["import", "in.csv", "--out", ""], "--out is given an empty value"),
        ("import", ["import", "", "--out", "out"], "an empty argument"),
        ("publish", ["publish", "--from", ""], "--from is given an empty value"),
        ("publish", ["publish", "--readme", ""], "--readme is given an empty value"),
        ("kernel serve", ["kernel", "serve", "--connection-file", ""], "--connection-file is given an empty value"),
        ("kernel serve", ["kernel", "serve", "--connection-file", "/dev/zero"], "not a regular file"),
        ("kernel serve", ["kernel", "serve", "--connection-file", System.IO.Path.Combine(CliProcess.Fixtures, "..", "import", "good.csv")], "not JSON"),
        ("kernel check", ["kernel", "check", ""], "an empty argument"),
        ("notebooks sync", ["notebooks", "sync", "--folder", ""], "--folder is given an empty value"),
        ("summary", ["summary", "--data", ""], "--data is given an empty value"),
        ("egov", ["frobnicate"], "Unrecognized command or argument 'frobnicate'"),
        ("egov", [], "Required command was not provided"),
    ];

    [Fact]
    public void Every_unusable_command_line_exits_2_with_a_sentence_and_writes_nothing()
    {
        var failures = new List<string>();
        foreach (var (command, args, says) in Cases)
        {
            var (exit, stdout, stderr) = CliProcess.Run(root, args);
            var shown = string.Join(' ', args.Select(a => a.Length == 0 ? "''" : a));
            if (exit != 2) failures.Add($"egov {shown}: exit {exit}\n{stdout}{stderr}");
            else if (!stderr.Contains(says, StringComparison.Ordinal)) failures.Add($"egov {shown}: stderr lacks \"{says}\"\n{stderr}");
            else if (!stderr.StartsWith("egov", StringComparison.Ordinal) && !stderr.StartsWith("Import failed", StringComparison.Ordinal)) failures.Add($"egov {shown}: stderr does not start by naming the command\n{stderr}");
            if ((stdout + stderr).Contains("   at ", StringComparison.Ordinal)) failures.Add($"egov {shown}: a stack trace\n{stdout}{stderr}");
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        var section = new System.Text.StringBuilder("| command | unusable command lines tried | exit 2 with a sentence naming the command | stack traces | files written |\n|---|---:|---:|---:|---:|\n");
        foreach (var group in Cases.GroupBy(c => c.Command))
            section.Append($"| `{group.Key}` | {group.Count()} | {group.Count()} | 0 | 0 |\n");
        section.Append($"\nTried: a word, `NaN`, a fraction, an exponent, an empty value, a negative, zero where 1 is the least, an overflowing number, " +
                       $"an unknown option or command, a missing value or argument ({Cases.Length} command lines).\n");
        ReliabilityDoc.Check("usage-errors", "tests/EGov.Tests/Cli/UsageErrorTests.cs", section.ToString());
    }
}
