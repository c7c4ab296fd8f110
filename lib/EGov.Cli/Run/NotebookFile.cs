using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace EGov.Cli.Run;

/// <summary>Reads and writes .ipynb files with the .NET Interactive document model; C# is the default language.</summary>
internal static class NotebookFile
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";

    private static KernelInfoCollection Kernels() => new()
    {
        new KernelInfo(CSharp, "C#", ["c#", "C#", "cs"]),
        new KernelInfo("fsharp", "F#", ["f#", "F#", "fs"]),
        new KernelInfo("pwsh", "PowerShell", ["powershell"]),
        new KernelInfo("value", "value", []),
    };

    public static InteractiveDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        var document = Notebook.Read(stream, Kernels());
        foreach (var cell in document.Elements)
            if (string.Equals(cell.KernelName, "C#", StringComparison.OrdinalIgnoreCase) || string.Equals(cell.KernelName, "c#", StringComparison.OrdinalIgnoreCase))
                cell.KernelName = CSharp; // Jupyter writes "C#"; names are compared case-insensitively
        return document;
    }

    public static bool IsCode(InteractiveDocumentElement cell) => !string.Equals(cell.KernelName, Markdown, StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Tags(InteractiveDocumentElement cell)
    {
        if (cell.Metadata is null || !cell.Metadata.TryGetValue("tags", out var tags) || tags is null) return [];
        return tags switch
        {
            IEnumerable<object> list => list.Select(t => t?.ToString() ?? "").ToList(),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } json => json.EnumerateArray().Select(t => t.ToString()).ToList(),
            _ => [],
        };
    }

    public static string ToJson(InteractiveDocument document)
    {
        // The document model keeps a kernel-info object under these keys and rewrites it; a plain dictionary read from a
        // notebook saved by Polyglot Notebooks makes ToJupyterJson throw, so let it write its own.
        document.Metadata.Remove("kernelInfo");
        document.Metadata.Remove("polyglot_notebook");
        document.Metadata["kernelspec"] = new Dictionary<string, object>
        {
            ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#",
        };
        document.Metadata["language_info"] = new Dictionary<string, object> { ["name"] = "C#", ["file_extension"] = ".cs", ["pygments_lexer"] = "csharp" };
        return Notebook.ToJupyterJson(document, CSharp);
    }
}
