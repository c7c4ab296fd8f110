using System.Text;
using System.Text.Json.Nodes;
using EGov.Cli.Kernel.Jupyter;

namespace EGov.Tests.Kernel;

/// <summary>
/// The kernel's history file (history_request): sessions numbered across kernels, tail/range/search as IPython answers
/// them, kernels writing side by side, and damaged or unusable files that never stop a kernel. Every file is temporary.
/// </summary>
public sealed class HistoryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-history-").FullName;
    private readonly StringWriter log = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string File_ => Path.Combine(folder, "egov", "history", "history.jsonl");

    [Fact]
    public void Each_kernel_takes_the_next_session_and_sees_the_earlier_ones()
    {
        var first = new History(File_, log);
        first.Add(1, "1+2+3", "6");
        first.Add(2, "var x = 1;", null);
        var second = new History(File_, log);
        second.Add(1, "x + 1", "2");

        Assert.Equal(first.Session + 1, second.Session);
        var tail = Entries(second.Reply(new JsonObject { ["hist_access_type"] = "tail", ["n"] = 3, ["output"] = true }));
        Assert.Equal([(first.Session, 1, "1+2+3", "6"), (first.Session, 2, "var x = 1;", null), (second.Session, 1, "x + 1", "2")], tail);
        var previous = Entries(second.Reply(new JsonObject { ["hist_access_type"] = "range", ["session"] = -1, ["start"] = 2, ["stop"] = 3 }));
        Assert.Equal([(first.Session, 2, "var x = 1;", (string?)null)], previous);
        var current = Entries(second.Reply(new JsonObject { ["hist_access_type"] = "range", ["session"] = 0, ["start"] = 1 }));
        Assert.Equal([(second.Session, 1, "x + 1", (string?)null)], current);
    }

    [Fact]
    public void Search_matches_a_glob_on_the_whole_source_with_unique_and_n()
    {
        var history = new History(File_, log);
        foreach (var (line, code) in new[] { (1, "1+2+3"), (2, "6 * 7"), (3, "1+2+3"), (4, "1+2+30"), (5, "x1+2") })
            history.Add(line, code, null);

        Assert.Equal(["1+2+3", "1+2+3", "1+2+30"], Sources(history.Reply(Search("1?2*"))));
        Assert.Equal(["1+2+3", "1+2+30"], Sources(history.Reply(Search("1?2*", unique: true))));
        Assert.Equal(["1+2+30"], Sources(history.Reply(Search("1?2*", n: 1))));
        Assert.Equal(["6 * 7"], Sources(history.Reply(Search("[5-7] [*] ?"))));
        Assert.Equal(["1+2+3", "1+2+3"], Sources(history.Reply(Search("*+3"))));
    }

    [Fact]
    public void A_damaged_file_loses_only_its_damaged_lines()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File_)!);
        var good = """{"session":3,"line":1,"source":"kept","output":null}""";
        File.WriteAllBytes(File_, [.. Encoding.UTF8.GetBytes(good + "\nnot json\n{\"session\":\"x\"}\n[1,2]\n{\"session\":4,\"line\":\"a\",\"source\":1}\n"), 0xff, 0xfe,
            .. "\n{\"session\":4,\"line\":2,\"sou"u8.ToArray()]);

        var history = new History(File_, log);
        history.Add(1, "after", null);

        Assert.Equal(5, history.Session); // after the highest session that was readable
        Assert.Equal(["kept", "after"], Sources(history.Reply(new JsonObject { ["hist_access_type"] = "tail", ["n"] = 10 })));
        Assert.Contains("skipped", log.ToString());
        // The truncated last line did not swallow the new one: a new kernel reads both sessions back.
        Assert.Equal(["kept", "after"], Sources(new History(File_, log).Reply(new JsonObject { ["hist_access_type"] = "tail", ["n"] = 10 })));
    }

    [Fact]
    public async Task A_history_path_that_is_a_directory_or_a_fifo_keeps_history_in_memory()
    {
        Directory.CreateDirectory(File_);
        var history = new History(File_, log);
        history.Add(1, "in memory", null);
        Assert.Equal(["in memory"], Sources(history.Reply(new JsonObject { ["hist_access_type"] = "tail", ["n"] = 5 })));
        Assert.Contains("not usable", log.ToString());

        var fifo = Path.Combine(folder, "fifo.jsonl");
        Assert.Equal(0, Jupyter.Run("mkfifo", null, fifo).Exit);
        var task = Task.Run(() => new History(fifo, log)); // must not block opening a FIFO with no writer
        Assert.Same(task, await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(20))));
    }

    [Fact]
    public void Kernels_writing_side_by_side_keep_every_line_whole_and_distinct_sessions()
    {
        var kernels = Enumerable.Range(0, 4).AsParallel().Select(_ => new History(File_, log)).ToList();
        Parallel.ForEach(kernels, kernel =>
        {
            for (var line = 1; line <= 50; line++) kernel.Add(line, $"session {kernel.Session} line {line} " + new string('x', 500), null);
        });

        Assert.Equal(4, kernels.Select(k => k.Session).Distinct().Count());
        var reread = new History(File_, log).Reply(new JsonObject { ["hist_access_type"] = "tail", ["n"] = 1000 });
        Assert.Equal(200, reread["history"]!.AsArray().Count);
        Assert.DoesNotContain("skipped", log.ToString());
    }

    [Fact]
    public void The_file_is_under_XDG_DATA_HOME_or_else_under_the_home_folder()
    {
        // Only XDG_DATA_HOME is changed (every kernel these tests start sets its own), and it is restored.
        var saved = System.Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        try
        {
            System.Environment.SetEnvironmentVariable("XDG_DATA_HOME", folder);
            Assert.Equal(Path.Combine(folder, "egov", "history", "history.jsonl"), History.DefaultFile());
            System.Environment.SetEnvironmentVariable("XDG_DATA_HOME", "relative/is/ignored"); // as the XDG spec says
            var home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
            Assert.Equal(Path.Combine(home, ".local", "share", "egov", "history", "history.jsonl"), History.DefaultFile());
        }
        finally { System.Environment.SetEnvironmentVariable("XDG_DATA_HOME", saved); }
    }

    [Fact]
    public void Wrong_field_types_are_refused_by_name()
    {
        var history = new History(File_, log);
        var error = Assert.Throws<InvalidRequestException>(() => history.Reply(new JsonObject { ["hist_access_type"] = "tail", ["n"] = "ten" }));
        Assert.Contains("'n'", error.Message);
        Assert.Throws<InvalidRequestException>(() => history.Reply(new JsonObject { ["hist_access_type"] = "search", ["unique"] = 1 }));
    }

    private static JsonObject Search(string pattern, bool unique = false, int? n = null)
    {
        var request = new JsonObject { ["hist_access_type"] = "search", ["pattern"] = pattern, ["unique"] = unique };
        if (n is not null) request["n"] = n;
        return request;
    }

    private static List<string> Sources(JsonObject reply) =>
        [.. reply["history"]!.AsArray().Select(e => e![2] is JsonArray pair ? (string)pair[0]! : (string)e[2]!)];

    private static List<(int, int, string, string?)> Entries(JsonObject reply) =>
        [.. reply["history"]!.AsArray().Select(e => ((int)e![0]!, (int)e[1]!, e[2] is JsonArray pair ? (string)pair[0]! : (string)e[2]!, e[2] is JsonArray p ? (string?)p[1] : null))];
}
