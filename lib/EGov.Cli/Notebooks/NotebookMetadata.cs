using System.Text.Json.Nodes;

namespace EGov.Cli.Notebooks;

/// <summary>The notebook-level metadata Jupyter needs to pick the C# kernel.</summary>
internal static class NotebookMetadata
{
    /// <summary>The Jupyter kernel name the collection's notebooks use.</summary>
    public const string KernelName = ".net-csharp";

    /// <summary>Sets kernelspec and language_info to the C# kernel's (Jupyter would otherwise pick Python).</summary>
    public static void SetKernel(NotebookDocument notebook)
    {
        var metadata = notebook.Metadata;
        metadata["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = KernelName };
        metadata["language_info"] = new JsonObject { ["file_extension"] = ".cs", ["name"] = "C#", ["pygments_lexer"] = "csharp" };
    }
}
