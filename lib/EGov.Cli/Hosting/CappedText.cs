using System.Text;

namespace EGov.Cli.Hosting;

/// <summary>
/// Text kept linearly up to a cap: the first half and the last half of the cap, with the cut said between them, so a cell
/// that prints gigabytes cannot exhaust memory, the notebook or the client.
/// </summary>
internal sealed class CappedText(int cap)
{
    private readonly StringBuilder head = new();
    private readonly StringBuilder tail = new();
    private long total;

    /// <summary><paramref name="text"/> itself when it fits, else its head and tail with the cut said.</summary>
    public static string Cap(string text, int cap)
    {
        if (text.Length <= cap) return text;
        var capped = new CappedText(cap);
        capped.Append(text);
        return capped.ToString();
    }

    public void Append(string text)
    {
        total += text.Length;
        var room = cap / 2 - head.Length;
        if (room > 0)
        {
            var part = Math.Min(room, text.Length);
            head.Append(text, 0, part);
            text = text[part..];
        }
        if (text.Length == 0) return;
        tail.Append(text);
        if (tail.Length > cap) tail.Remove(0, tail.Length - cap / 2); // amortised: trims only after doubling
    }

    public override string ToString()
    {
        if (total <= cap) return head.ToString() + tail;
        var kept = tail.Length > cap / 2 ? tail.ToString(tail.Length - cap / 2, cap / 2) : tail.ToString();
        var cut = total - head.Length - kept.Length;
        return head + $"\n… [{cut:N0} characters cut by egov: each output keeps its first and last {cap / 2:N0}] …\n" + kept;
    }
}
