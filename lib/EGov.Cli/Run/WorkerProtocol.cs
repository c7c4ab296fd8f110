using System.Globalization;
using System.Text.Json;

namespace EGov.Cli.Run;

/// <summary>
/// What <c>egov run</c> and its notebook processes say to each other. The parent writes one request per line to the
/// worker's stdin (JSON); the worker answers on its stdout with one line per notebook, starting with a token the parent
/// gave it, so that anything else written there (a notebook's stray output) is never taken for an answer.
/// </summary>
internal static class WorkerProtocol
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The environment variable that carries the token of a worker's answers.</summary>
    public const string TokenVariable = "EGOV_WORKER_TOKEN";

    /// <summary>The request line for one notebook.</summary>
    public static string RequestLine(WorkerRequest request) => JsonSerializer.Serialize(request, Options) + "\n";

    /// <summary>Reads a request line (null for anything that is not one).</summary>
    public static WorkerRequest? ParseRequest(string line)
    {
        try { return JsonSerializer.Deserialize<WorkerRequest>(line, Options); }
        catch (JsonException) { return null; }
    }

    /// <summary>The answer line: the notebook's request id and the worker's memory after the notebook (MB).</summary>
    public static string DoneLine(string token, int id, WorkerMemory memory) =>
        string.Create(CultureInfo.InvariantCulture, $"{token} done {id} {memory.ManagedMB} {memory.ResidentMB}\n");

    /// <summary>Reads an answer line of the worker with <paramref name="token"/> (null for any other line).</summary>
    public static WorkerDone? ParseDone(string token, string line)
    {
        var at = line.IndexOf(token + " done ", StringComparison.Ordinal);
        if (at < 0 || token.Length == 0) return null;
        var parts = line[(at + token.Length + 6)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) return null;
        var inv = CultureInfo.InvariantCulture;
        return int.TryParse(parts[0], inv, out var id) && long.TryParse(parts[1], inv, out var managed) && long.TryParse(parts[2], inv, out var resident)
            ? new WorkerDone(id, new WorkerMemory(managed, resident))
            : null;
    }
}
