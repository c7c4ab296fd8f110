namespace EGov.Cli.Notebooks;

/// <summary>A file that is not a notebook this program can read: says why, and where when the JSON itself is broken.</summary>
internal sealed class NotebookFormatException(string path, string reason) : Exception($"{path}: not a valid notebook: {reason}")
{
    /// <summary>The file.</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong (with line:column for malformed JSON).</summary>
    public string Reason { get; } = reason;
}
