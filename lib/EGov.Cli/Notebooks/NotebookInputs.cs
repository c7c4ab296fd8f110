using System.Text.Json;
using System.Text.Json.Nodes;

namespace EGov.Cli.Notebooks;

/// <summary>
/// The files and folders outside its own folder that a notebook says it reads, in its metadata:
/// <c>"metadata": {"egov": {"inputs": ["../data/x.csv", "/srv/shared/"]}}</c>. Relative paths start from the notebook's
/// folder. <c>egov run</c>'s execution cache keys on them as on the files beside the notebook, so a change to one executes
/// the notebook again.
/// </summary>
internal static class NotebookInputs
{
    /// <summary>Where the list is: <c>metadata.egov.inputs</c>.</summary>
    public const string Where = "metadata.egov.inputs";

    /// <summary>The declared inputs as written and as full paths.</summary>
    /// <exception cref="NotebookFormatException">The metadata is not a list of non-empty path strings.</exception>
    public static IReadOnlyList<(string Written, string FullPath)> Of(NotebookDocument notebook)
    {
        if (notebook.Json["metadata"] is not JsonObject metadata || metadata["egov"] is not { } egov) return [];
        if (egov is not JsonObject settings) throw new NotebookFormatException(notebook.Path, "metadata.egov is not an object");
        if (settings["inputs"] is not { } inputs) return [];
        if (inputs is not JsonArray list) throw new NotebookFormatException(notebook.Path, $"{Where} is not a list of paths");
        var folder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        var result = new List<(string, string)>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonValue value || value.GetValueKind() != JsonValueKind.String || value.GetValue<string>() is not { Length: > 0 } written
                || written.Contains('\0'))
                throw new NotebookFormatException(notebook.Path, $"{Where}[{i}] is not a path (a non-empty string)");
            result.Add((written, Path.GetFullPath(written, folder)));
        }
        return result;
    }
}
