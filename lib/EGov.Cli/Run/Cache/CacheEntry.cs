using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Run.Cache;

/// <summary>
/// One stored execution: the notebook's result (cells, timings) and, for each code cell in order, its execution count and
/// outputs as the executed notebook held them after the run, static chart images included.
/// </summary>
internal sealed record CacheEntry(string Notebook, string Key, DateTimeOffset Created, NotebookResult Result, IReadOnlyList<CachedCell> Cells);

/// <summary>A code cell's stored execution count and outputs (nbformat JSON).</summary>
internal sealed record CachedCell(int? ExecutionCount, JsonArray Outputs);
