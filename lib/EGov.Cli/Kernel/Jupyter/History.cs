using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>One stored execution: session number, line (execution_count), code and the text of its result, if any.</summary>
internal sealed record HistoryEntry(int Session, int Line, string Source, string? Output);

/// <summary>
/// The executions of this kernel and of earlier ones, for history_request (tail, range, search), kept like IPython's
/// history: one file per user, <c>$XDG_DATA_HOME/egov/history/history.jsonl</c> (default <c>~/.local/share</c>), a JSON
/// line per execution and one per session start; each kernel takes the next session number. Writers append whole lines
/// under a lock file, so kernels running side by side do not interleave. A line that is not valid (a damaged or
/// truncated file) is skipped, and a file that cannot be read or written leaves the history of this session in memory
/// only, with a line in the kernel's log: history never stops the kernel.
/// </summary>
internal sealed class History
{
    private readonly object gate = new();
    private readonly List<HistoryEntry> entries = [];
    private readonly string? file;
    private readonly TextWriter log;
    // The file stays readable: code as written (quotes, +, <, non-ASCII), escaped only where JSON requires it.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public History(string? file, TextWriter log)
    {
        this.log = log;
        this.file = file;
        try
        {
            if (file is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                if (!RegularFile.IsRegularOrMissing(file) || !RegularFile.IsRegularOrMissing(file + ".lock"))
                    throw new IOException("not a regular file");
                using (Lock())
                {
                    var (earlier, lastSession) = ReadFile(file);
                    entries.AddRange(earlier);
                    Session = lastSession + 1;
                    AppendLine(new JsonObject { ["session"] = Session, ["start"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) });
                }
                return;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            log.WriteLine($"egov kernel: history file {file} not usable ({e.Message}); this session's history is kept in memory only");
            this.file = null;
        }
        Session = 1;
    }

    /// <summary>The history file of this user: <c>$XDG_DATA_HOME/egov/history/history.jsonl</c>.</summary>
    public static string? DefaultFile()
    {
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(data) || !Path.IsPathRooted(data))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home)) return null;
            data = Path.Combine(home, ".local", "share");
        }
        return Path.Combine(data, "egov", "history", "history.jsonl");
    }

    /// <summary>This kernel's session number (one more than the last session in the file).</summary>
    public int Session { get; }

    /// <summary>Stores one execution of this session.</summary>
    public void Add(int line, string source, string? output)
    {
        var entry = new HistoryEntry(Session, line, source, output);
        lock (gate) entries.Add(entry);
        if (file is null) return;
        try
        {
            using (Lock())
                AppendLine(new JsonObject { ["session"] = Session, ["line"] = line, ["source"] = source, ["output"] = output });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"egov kernel: could not write the history file {file} ({e.Message})");
        }
    }

    /// <summary>The history_reply content for a history_request (throws <see cref="InvalidRequestException"/> for bad fields).</summary>
    public JsonObject Reply(JsonObject content)
    {
        var output = RequestFields.Flag(content, "output", false);
        var type = RequestFields.Text(content, "hist_access_type", "tail");
        List<HistoryEntry> all;
        lock (gate) all = [.. entries];
        IEnumerable<HistoryEntry> found = type switch
        {
            "tail" => Last(all, RequestFields.Number(content, "n", 10, min: 0)),
            "range" => Range(all, content),
            "search" => Search(all, content),
            _ => throw new InvalidRequestException($"'hist_access_type' must be \"range\", \"tail\" or \"search\", not \"{type}\""),
        };
        return new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray([.. found.Select(e => (JsonNode?)new JsonArray(e.Session, e.Line,
                output ? new JsonArray(e.Source, e.Output) : JsonValue.Create(e.Source)))]),
        };
    }

    private static IEnumerable<HistoryEntry> Last(List<HistoryEntry> all, int n) => all.Skip(Math.Max(0, all.Count - n));

    /// <summary>IPython's range: <c>session</c> absolute (positive), 0 for this one, negative counting back; lines [start, stop).</summary>
    private IEnumerable<HistoryEntry> Range(List<HistoryEntry> all, JsonObject content)
    {
        var requested = RequestFields.Number(content, "session", 0);
        var session = requested > 0 ? requested : Session + requested;
        var start = RequestFields.Number(content, "start", 0);
        var stop = content["stop"] is null ? int.MaxValue : RequestFields.Number(content, "stop", int.MaxValue);
        return all.Where(e => e.Session == session && e.Line >= start && e.Line < stop);
    }

    /// <summary>IPython's search: a glob (<c>*</c>, <c>?</c>, <c>[...]</c>) over the whole source; the last <c>n</c>; <c>unique</c>: each source once (its latest).</summary>
    private static IEnumerable<HistoryEntry> Search(List<HistoryEntry> all, JsonObject content)
    {
        var pattern = RequestFields.OptionalText(content, "pattern") ?? "*";
        var glob = Glob(pattern);
        var matches = all.Where(e => glob.IsMatch(e.Source)).ToList();
        if (RequestFields.Flag(content, "unique", false))
        {
            var latest = new HashSet<string>(StringComparer.Ordinal);
            matches = [.. matches.AsEnumerable().Reverse().Where(e => latest.Add(e.Source)).Reverse()];
        }
        return content["n"] is null ? matches : Last(matches, RequestFields.Number(content, "n", 0, min: 0));
    }

    /// <summary>A glob as an anchored regular expression (SQLite's GLOB, which IPython uses: case-sensitive, whole text).</summary>
    internal static Regex Glob(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*') regex.Append("[\\s\\S]*");
            else if (c == '?') regex.Append("[\\s\\S]");
            else if (c == '[' && pattern.IndexOf(']', i + 2) is var close and > 0)
            {
                var set = pattern[(i + 1)..close];
                var negate = set.StartsWith('^');
                if (negate) set = set[1..];
                regex.Append(negate ? "[^" : "[").Append(set.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)).Append(']');
                i = close;
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private (List<HistoryEntry> Entries, int LastSession) ReadFile(string path)
    {
        var found = new List<HistoryEntry>();
        var last = 0;
        if (!File.Exists(path)) return (found, last);
        var skipped = 0;
        foreach (var line in File.ReadLines(path, new UTF8Encoding(false, throwOnInvalidBytes: false)))
        {
            if (line.Length == 0) continue;
            try
            {
                var json = JsonNode.Parse(line)?.AsObject();
                if (json?["session"] is not JsonValue s || !s.TryGetValue<int>(out var session) || session <= 0) { skipped++; continue; }
                last = Math.Max(last, session);
                if (json["source"] is null) continue;
                if (json["line"] is JsonValue l && l.TryGetValue<int>(out var number) && json["source"] is JsonValue src && src.TryGetValue<string>(out var source))
                    found.Add(new HistoryEntry(session, number, source, json["output"] is JsonValue o && o.TryGetValue<string>(out var text) ? text : null));
                else skipped++;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException) { skipped++; }
        }
        if (skipped > 0) log.WriteLine($"egov kernel: history file {path}: skipped {skipped} damaged line(s)");
        return (found, last);
    }

    /// <summary>An exclusive lock on <c>history.jsonl.lock</c> (waits up to 5 s for another kernel).</summary>
    private FileStream Lock()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try { return new FileStream(file + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (clock.Elapsed < TimeSpan.FromSeconds(5)) { Thread.Sleep(20); }
        }
    }

    private void AppendLine(JsonObject json)
    {
        // One write of a whole line, under the lock: kernels side by side never interleave their lines.
        var bytes = Encoding.UTF8.GetBytes(json.ToJsonString(Readable) + "\n");
        using var stream = new FileStream(file!, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
        // A writer that died mid-line left no newline: start a new line, so only the damaged line is lost.
        if (stream.Length > 0)
        {
            stream.Seek(-1, SeekOrigin.End);
            if (stream.ReadByte() != '\n') stream.WriteByte((byte)'\n');
        }
        stream.Seek(0, SeekOrigin.End);
        stream.Write(bytes);
    }
}
