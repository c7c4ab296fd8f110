namespace EGov.Cli.Notebooks;

/// <summary>The cell tags the collection gives a meaning to.</summary>
internal static class NotebookTags
{
    /// <summary>Set-up cells, written from notebooks/setup-template.csx by <c>egov notebooks sync</c>.</summary>
    public const string Setup = "setup";

    /// <summary>papermill's convention: the cell that declares a notebook's parameters with their defaults.</summary>
    public const string Parameters = "parameters";

    /// <summary>The cell <c>egov run --param</c> inserts after the parameters cell.</summary>
    public const string InjectedParameters = "injected-parameters";

    /// <summary>The generated prev/next/index links at the end of every notebook.</summary>
    public const string Navigation = "navigation";

    /// <summary>The generated table of notebooks in 00-index.</summary>
    public const string IndexTable = "index-table";
}
