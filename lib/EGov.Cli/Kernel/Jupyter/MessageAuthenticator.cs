using System.Security.Cryptography;
using System.Text;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// Signs outgoing messages and checks incoming ones (Jupyter messaging: HMAC-SHA256 over the header, parent header,
/// metadata and content frames, as lowercase hex). A message passes only with the right signature, compared in constant
/// time, and only once: a signature seen before is a replay and is refused, as jupyter_client's Session does.
/// </summary>
internal sealed class MessageAuthenticator(byte[] key)
{
    private const int HistoryLimit = 1 << 16;
    private readonly object gate = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    /// <summary>The signature of four frames: header, parent header, metadata, content.</summary>
    public string Sign(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(Mac(header, parent, metadata, content));

    /// <summary>Whether the frames carry this key's signature and the signature was not used before.</summary>
    public bool Accept(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> header, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (signature.Length != 64) return false;
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Mac(header, parent, metadata, content)));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature)) return false;
        var text = Encoding.ASCII.GetString(signature);
        lock (gate)
        {
            if (!seen.Add(text)) return false;
            order.Enqueue(text);
            if (order.Count > HistoryLimit) seen.Remove(order.Dequeue());
        }
        return true;
    }

    private byte[] Mac(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(header);
        hmac.AppendData(parent);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return hmac.GetHashAndReset();
    }
}
