using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Run.Cache;

/// <summary>
/// <c>egov run</c>'s execution cache, as jupyter-cache does it for Jupyter Book: the outputs of a notebook that passed,
/// stored under its <see cref="CacheKey"/>; a later run whose notebook has the same key reuses them instead of executing
/// (the outputs are merged into the current notebook, so edited Markdown shows). One file per entry,
/// <c>NAME-KEY.json</c>: a first line <c>egov-run-cache VERSION SHA256</c> with the hash of the rest, then the JSON.
/// Entries are written to a temporary file and renamed into place, and checked on reading, so a crash mid-write or a
/// damaged file is a miss, never half an entry. They are read with the importer's rules: a regular file (a link, a named
/// pipe, a device or a socket is not opened), at most <see cref="MaxEntryBytes"/>, then the hash, the JSON and every
/// type in it checked; anything else is a miss with one warning line (<paramref name="warn"/>), and the notebook executes.
/// A folder of its own with a <c>.gitignore</c> of <c>*</c>.
/// </summary>
internal sealed partial class ExecutionCache(string folder, Action<string>? warn = null)
{
    /// <summary>The largest entry read (the largest notebook this program reads).</summary>
    public const long MaxEntryBytes = NotebookDocument.MaxBytes;

    private readonly HashSet<string> warned = new(StringComparer.Ordinal);

    /// <summary>The file of content hashes remembered between runs (<see cref="FileHashes"/>).</summary>
    private string HashesFile => Path.Combine(Folder, "file-hashes");

    /// <summary>Reads the content hashes remembered by earlier runs (call before keys are made).</summary>
    public void RecallFileHashes() => FileHashes.Recall(HashesFile);

    /// <summary>Remembers the content hashes made in this run for later ones (a failure to write is ignored: they are computed again).</summary>
    public void RememberFileHashes()
    {
        try
        {
            Prepare();
            FileHashes.Remember(HashesFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a cache that cannot be written */ }
    }

    /// <summary>Entries kept per notebook name (the newest; e.g. runs with other parameters).</summary>
    public const int EntriesPerNotebook = 3;

    private const string Magic = "egov-run-cache";

    /// <summary>The folder of the entries.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The environment variable that sets the cache's folder (<c>--cache-dir</c> wins over it).</summary>
    public const string FolderVariable = "EGOV_RUN_CACHE";

    /// <summary>
    /// Where the cache lives by default: <c>EGOV_RUN_CACHE</c> when set, else <c>.cache/egov-run/</c> at the root of the
    /// git work tree holding the notebooks (the folder with <c>.git</c>), else beside the output folder
    /// (<c>OUTPUT/../.egov-run-cache</c>).
    /// </summary>
    public static string DefaultFolder(string notebookFolder, string output)
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured) return configured;
        for (var dir = new DirectoryInfo(Path.GetFullPath(notebookFolder)); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                return Path.Combine(dir.FullName, ".cache", "egov-run");
        var parent = Path.GetDirectoryName(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(parent ?? Path.GetFullPath(output), ".egov-run-cache");
    }

    /// <summary>Says something about the cache once per run (one line; the same sentence is not repeated).</summary>
    public void Warn(string message)
    {
        lock (warned)
            if (!warned.Add(message)) return;
        warn?.Invoke(message);
    }

    /// <summary>The entry of a notebook with this key, if there is a sound one (a damaged one is a miss with a warning).</summary>
    public CacheEntry? Find(string name, string key)
    {
        var path = EntryPath(name, key);
        var status = FileStatus.Of(path, follow: false);
        if (status.Kind == EntryKind.Missing) return null;
        var problem = status.Kind switch
        {
            EntryKind.Link => "a link, not a file the cache wrote",
            EntryKind.Regular => status.Size > MaxEntryBytes ? $"{status.Size:N0} bytes, more than the {MaxEntryBytes:N0} an entry may have" : null,
            EntryKind.Unreadable => status.Problem,
            _ => "not a regular file (a folder, named pipe, device or socket)",
        };
        CacheEntry? entry = null;
        if (problem is null)
        {
            var (bytes, _, reason) = EGov.Data.Storage.BoundedFile.Read(path, MaxEntryBytes);
            if (bytes is null) problem = reason;
            else (entry, problem) = Read(bytes, name, key);
        }
        if (problem is not null) Warn($"ignored the execution cache entry {EGov.Data.Printable.Escape(path)} ({problem}); executing {name}.ipynb");
        return entry;
    }

    /// <summary>Parses and verifies an entry's bytes: the entry, or null and what is wrong with it.</summary>
    internal static (CacheEntry? Entry, string? Problem) Read(byte[] bytes, string name, string key)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0) return (null, "no header line");
        var header = Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
        if (header.Length != 3 || header[0] != Magic) return (null, "not an entry of this cache (no header line)");
        if (header[1] != CacheKey.Version.ToString(CultureInfo.InvariantCulture)) return (null, $"stored by another version of the cache ({Printable(header[1])})");
        var body = bytes.AsSpan(newline + 1);
        if (!string.Equals(header[2], Convert.ToHexStringLower(SHA256.HashData(body)), StringComparison.Ordinal)) return (null, "damaged: its content does not match its hash (truncated or changed)");
        try
        {
            if (JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) is not JsonObject json) return (null, "not a JSON object");
            if (Text(json["notebook"]) != name || Text(json["key"]) != key) return (null, "stored for another notebook or key");
            var result = json["result"].Deserialize<NotebookResult>(RunJson.Options);
            if (result is null || result.Status != RunStatus.Passed || result.Notebook is null || result.Cells is null
                || result.Cells.Any(c => c is null || c.FirstLine is null)) return (null, "its result is not a passed notebook's");
            if (json["cells"] is not JsonArray cells) return (null, "no cells");
            var list = new List<CachedCell>();
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i] is not JsonObject c || c["outputs"] is not JsonArray outputs) return (null, $"cell {i + 1} has no outputs array");
                if (outputs.Select((o, j) => OutputProblem(o) is { } why ? $"cell {i + 1} output {j + 1}: {why}" : null).FirstOrDefault(w => w is not null) is { } bad)
                    return (null, bad);
                int? count = c["execution_count"] switch
                {
                    null => null,
                    JsonValue v when v.TryGetValue<int>(out var n) => n,
                    _ => throw new FormatException($"cell {i + 1}'s execution_count is not a number"),
                };
                c.Remove("outputs"); // detached, so it can be moved into the notebook without a copy
                list.Add(new CachedCell(count, outputs));
            }
            if (json["created"] is not JsonValue t || !t.TryGetValue<DateTimeOffset>(out var created)) return (null, "no creation time");
            return (new CacheEntry(name, key, created, result, list), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            return (null, "malformed: " + e.Message);
        }
    }

    /// <summary>What makes an output not nbformat 4 (null when it is one): the types the report and the notebook writer rely on.</summary>
    private static string? OutputProblem(JsonNode? output)
    {
        if (output is not JsonObject o) return "not an object";
        switch (Text(o["output_type"]))
        {
            case "stream":
                return Text(o["name"]) is "stdout" or "stderr" && IsMultiline(o["text"]) ? null : "a stream without name and text";
            case "display_data" or "execute_result":
                if (o["data"] is not JsonObject data || data.Any(d => d.Value is not (JsonObject or JsonArray or JsonValue) || (d.Value is not JsonObject && !IsMultiline(d.Value))))
                    return "data is not a MIME bundle";
                return o["metadata"] is null or JsonObject ? null : "metadata is not an object";
            case "error":
                return Text(o["ename"]) is not null && Text(o["evalue"]) is not null && o["traceback"] is JsonArray tb && tb.All(l => Text(l) is not null)
                    ? null : "an error without ename, evalue and traceback";
            default:
                return "no known output_type";
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static bool IsMultiline(JsonNode? node) => Text(node) is not null || (node is JsonArray lines && lines.All(l => Text(l) is not null));

    private static string Printable(string text) => EGov.Data.Printable.Escape(text.Length > 40 ? text[..40] + "…" : text);

    /// <summary>
    /// Moves an entry's outputs into <paramref name="notebook"/> (the current file, parameters injected; the entry is used
    /// up): false when its code cells do not match the entry's (then nothing was changed).
    /// </summary>
    public static bool Apply(CacheEntry entry, NotebookDocument notebook)
    {
        var code = notebook.CodeCells.ToList();
        if (code.Count != entry.Cells.Count) return false;
        for (var i = 0; i < code.Count; i++)
        {
            code[i].Json["outputs"] = entry.Cells[i].Outputs;
            code[i].ExecutionCount = entry.Cells[i].ExecutionCount;
        }
        return true;
    }

    /// <summary>
    /// Stores a passed notebook's outputs (from <paramref name="executed"/>, the executed notebook as written to the output)
    /// under its key, replacing any entry of the same key; keeps the newest <see cref="EntriesPerNotebook"/> of the notebook.
    /// A failure to write is not an error of the run (it returns the reason).
    /// </summary>
    public string? Store(string name, string key, NotebookResult result, NotebookDocument executed)
    {
        if (result.Status != RunStatus.Passed) return "only a passed notebook is stored";
        var json = new JsonObject
        {
            ["notebook"] = name,
            ["key"] = key,
            ["created"] = DateTimeOffset.Now,
            ["result"] = JsonSerializer.SerializeToNode(result with { Cached = false }, RunJson.Options),
            ["cells"] = new JsonArray(executed.CodeCells.Select(c => (JsonNode?)new JsonObject
            {
                ["execution_count"] = c.ExecutionCount,
                ["outputs"] = c.Outputs.DeepClone(),
            }).ToArray()),
        };
        var body = Encoding.UTF8.GetBytes(json.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"{Magic} {CacheKey.Version.ToString(CultureInfo.InvariantCulture)} {Convert.ToHexStringLower(SHA256.HashData(body))}\n");
        try
        {
            Prepare();
            AtomicFile.WriteAllBytes(EntryPath(name, key), [.. header, .. body]);
            Prune(name);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return e.Message; }
    }

    private string EntryPath(string name, string key) => Path.Combine(Folder, $"{name}-{key}.json");

    /// <summary>The first line of the cache's .gitignore: what marks a folder as the cache's own.</summary>
    private const string IgnoreHeader = "# egov run's execution cache (safe to delete)";

    /// <summary>
    /// The entries of <paramref name="folder"/> that the cache did not write (sorted; empty when the folder is missing,
    /// empty, or the cache's own: its .gitignore starts with the cache's line, or it holds nothing but entries, their
    /// temporary files and <c>file-hashes</c>). The cache prunes entries and removes temporary files in its folder, so a
    /// <c>--cache-dir</c> naming a folder of someone else's files is refused before anything runs.
    /// </summary>
    public static IReadOnlyList<string> ForeignEntries(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        try
        {
            var ignore = Path.Combine(folder, ".gitignore");
            // Read only if a regular file, never blocking: a missing one, a folder or a named pipe there is not the cache's.
            if (RegularFile.ReadText(ignore, 4096, "the cache's .gitignore").StartsWith(IgnoreHeader + "\n", StringComparison.Ordinal))
                return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* not the cache's */ }
        return Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>()
            .Where(n => !CacheFileName().IsMatch(n)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The names of the files the cache writes: entries, their temporary files, file-hashes and its temporary files.</summary>
    [GeneratedRegex(@"^(.+-[0-9a-f]{64}\.json(\.\d+-\d+\.tmp)?|file-hashes|\.tmp-file-hashes-\d+-[0-9a-f]{32})$")]
    private static partial Regex CacheFileName();

    /// <summary>Creates the folder with its .gitignore, and removes temporary files of writers that died an hour ago.</summary>
    private void Prepare()
    {
        Directory.CreateDirectory(Folder);
        var ignore = Path.Combine(Folder, ".gitignore");
        if (FileStatus.Of(ignore, follow: false).Kind == EntryKind.Missing)
        {
            // CreateNew (O_EXCL) never writes through a link that appeared meanwhile.
            try
            {
                using var file = new FileStream(ignore, FileMode.CreateNew, FileAccess.Write);
                file.Write(Encoding.UTF8.GetBytes(IgnoreHeader + "\n*\n"));
            }
            catch (IOException) { /* another run wrote it */ }
        }
        foreach (var stale in Directory.GetFiles(Folder, "*.tmp").Where(f => CacheFileName().IsMatch(Path.GetFileName(f)) && File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddHours(-1)))
        {
            try { File.Delete(stale); }
            catch (IOException) { /* another run's, still being written */ }
        }
    }

    private void Prune(string name)
    {
        var entries = Directory.GetFiles(Folder, name + "-*.json")
            .Where(f => Path.GetFileNameWithoutExtension(f).Length == name.Length + 65)
            .OrderByDescending(File.GetLastWriteTimeUtc).Skip(EntriesPerNotebook);
        foreach (var old in entries)
        {
            try { File.Delete(old); }
            catch (IOException) { /* in use; the next run prunes it */ }
        }
    }
}
