using System.Text;
using System.Text.Json.Nodes;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// A Jupyter connection file (written by the client that starts the kernel): where to bind the five sockets and the key
/// that signs every message. Only TCP with an HMAC-SHA256 key is accepted: a kernel without a key would run code for
/// anyone who can reach its ports.
/// </summary>
internal sealed record ConnectionInfo(string Ip, int ShellPort, int IopubPort, int StdinPort, int ControlPort, int HeartbeatPort, byte[] Key)
{
    /// <summary>Connection files are a few hundred bytes; anything larger than this is refused unread.</summary>
    public const int SizeLimit = 64 * 1024;

    /// <summary>Reads and validates a connection file; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static ConnectionInfo Read(string path) => Read(path, out _);

    /// <summary>
    /// Reads and validates a connection file (a regular file only: FIFOs and devices are refused without blocking);
    /// <paramref name="warnings"/> names what is unsafe but allowed: a file others can read, a short key, a non-loopback IP.
    /// </summary>
    public static ConnectionInfo Read(string path, out IReadOnlyList<string> warnings)
    {
        var (bytes, mode) = RegularFile.Read(path, SizeLimit, "a connection file is a small JSON file");
        JsonObject json;
        try { json = JsonNode.Parse(bytes)?.AsObject() ?? throw new InvalidDataException($"{path}: not a JSON object"); }
        catch (System.Text.Json.JsonException e) { throw new InvalidDataException($"{path}: not JSON ({e.Message})"); }
        catch (InvalidOperationException) { throw new InvalidDataException($"{path}: not a JSON object"); }
        catch (ArgumentException e) { throw new InvalidDataException($"{path}: not valid JSON ({e.Message})"); }

        var transport = Text(json, "transport", "tcp");
        if (transport != "tcp") throw new InvalidDataException($"{path}: transport '{transport}' is not supported (only tcp)");
        var scheme = Text(json, "signature_scheme", "hmac-sha256");
        if (scheme != "hmac-sha256") throw new InvalidDataException($"{path}: signature_scheme '{scheme}' is not supported (only hmac-sha256)");
        var key = Text(json, "key", "");
        if (key.Length == 0) throw new InvalidDataException($"{path}: the key is empty; this kernel does not run unsigned messages");
        var ip = Text(json, "ip", "127.0.0.1");
        if (!System.Net.IPAddress.TryParse(ip, out _)) throw new InvalidDataException($"{path}: ip '{ip}' is not an IP address");
        var info = new ConnectionInfo(ip, Port(json, "shell_port", path), Port(json, "iopub_port", path), Port(json, "stdin_port", path),
            Port(json, "control_port", path), Port(json, "hb_port", path), Encoding.UTF8.GetBytes(key));
        var found = new List<string>();
        if ((mode & (UnixFileMode.OtherRead | UnixFileMode.GroupRead)) != 0)
            found.Add($"{path} can be read by other users (mode {Convert.ToString((int)mode, 8)}): they can sign messages with its key and run code; make it 600");
        if (info.Key.Length < MinimumKeyBytes)
            found.Add($"the key in {path} is {info.Key.Length} bytes, shorter than {MinimumKeyBytes}: it can be guessed");
        if (!System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(ip)))
            found.Add($"ip {ip} is not a loopback address: the kernel's ports are reachable from other machines (messages are signed, not encrypted)");
        warnings = found;
        return info;
    }

    /// <summary>The shortest key that does not draw a warning (Jupyter writes 36-byte UUID keys).</summary>
    public const int MinimumKeyBytes = 16;

    /// <summary>The ZeroMQ address of one port: <c>tcp://127.0.0.1:PORT</c>.</summary>
    public string Address(int port) => $"tcp://{(Ip.Contains(':', StringComparison.Ordinal) ? $"[{Ip}]" : Ip)}:{port}";

    private static string Text(JsonObject json, string name, string fallback) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : fallback;

    private static int Port(JsonObject json, string name, string path) =>
        json[name] is JsonValue value && value.TryGetValue<int>(out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidDataException($"{path}: {name} is missing or not a port number");
}
