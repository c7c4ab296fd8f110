using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Run.Cache;

/// <summary>
/// <c>egov run</c>'s execution cache, as jupyter-cache does it for Jupyter Book: the outputs of a notebook that passed,
/// stored under its <see cref="CacheKey"/>; a later run whose notebook has the same key reuses them instead of executing
/// (the outputs are merged into the current notebook, so edited Markdown shows). One file per entry,
/// <c>NAME-KEY.json</c>: a first line <c>egov-run-cache VERSION SHA256</c> with the hash of the rest, then the JSON.
/// Entries are written to a temporary file and renamed into place, and checked on reading, so a crash mid-write or a
/// damaged file is a miss, never half an entry. A folder of its own with a <c>.gitignore</c> of <c>*</c>.
/// </summary>
internal sealed class ExecutionCache(string folder)
{
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

    /// <summary>The entry of a notebook with this key, if there is a sound one.</summary>
    public CacheEntry? Find(string name, string key)
    {
        var path = EntryPath(name, key);
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return null;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        return Read(bytes, name, key);
    }

    /// <summary>Parses and verifies an entry's bytes (null when damaged, of another version, or for another notebook or key).</summary>
    internal static CacheEntry? Read(byte[] bytes, string name, string key)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0) return null;
        var header = Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
        if (header.Length != 3 || header[0] != Magic || header[1] != CacheKey.Version.ToString(CultureInfo.InvariantCulture)) return null;
        var body = bytes.AsSpan(newline + 1);
        if (!string.Equals(header[2], Convert.ToHexStringLower(SHA256.HashData(body)), StringComparison.Ordinal)) return null;
        try
        {
            if (JsonNode.Parse(body) is not JsonObject json || (string?)json["notebook"] != name || (string?)json["key"] != key) return null;
            var result = json["result"].Deserialize<NotebookResult>(RunJson.Options);
            if (result is null || result.Status != RunStatus.Passed || json["cells"] is not JsonArray cells) return null;
            var list = new List<CachedCell>();
            foreach (var cell in cells)
            {
                if (cell is not JsonObject c || c["outputs"] is not JsonArray outputs) return null;
                c.Remove("outputs"); // detached, so it can be moved into the notebook without a copy
                list.Add(new CachedCell(c["execution_count"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null, outputs));
            }
            return new CacheEntry(name, key, json["created"]?.GetValue<DateTimeOffset>() ?? default, result, list);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException) { return null; }
    }

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

    /// <summary>Creates the folder with its .gitignore, and removes temporary files of writers that died an hour ago.</summary>
    private void Prepare()
    {
        Directory.CreateDirectory(Folder);
        var ignore = Path.Combine(Folder, ".gitignore");
        if (!File.Exists(ignore)) File.WriteAllText(ignore, "# egov run's execution cache (safe to delete)\n*\n");
        foreach (var stale in Directory.GetFiles(Folder, "*.tmp").Where(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddHours(-1)))
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
