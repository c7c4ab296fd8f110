using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EGov.Tests.Notebooks;

/// <summary>
/// What an executed notebook must never show (issue 11): .NET type names such as Nullable`1, table cells with 7 or more
/// decimals or in scientific notation, ";;", "1 countries". <see cref="Problems"/> scans one executed notebook; the test over
/// real outputs reads the folder in EGOV_EXECUTED_NOTEBOOKS, or artifacts/report after `egov run`.
/// </summary>
public sealed partial class ExecutedOutputTests
{
    internal static IReadOnlyList<string> Problems(JsonNode notebook)
    {
        var problems = new List<string>();
        var number = 0;
        foreach (var cell in notebook["cells"]!.AsArray())
        {
            number++;
            var texts = new List<string> { Text(cell!["source"]) };
            foreach (var output in cell["outputs"]?.AsArray() ?? [])
            {
                if (output!["text"] is { } stream) texts.Add(Text(stream));
                if (output["data"] is JsonObject data)
                    texts.AddRange(data.Where(kv => kv.Key is "text/html" or "text/plain" or "text/markdown").Select(kv => Script().Replace(Text(kv.Value), "")));
            }
            foreach (var text in texts)
            {
                if (text.Contains("Nullable`1", StringComparison.Ordinal)) problems.Add($"cell {number}: a .NET type name (Nullable`1)");
                if (text.Contains(";;", StringComparison.Ordinal)) problems.Add($"cell {number}: \";;\"");
                if (OneCountries().IsMatch(text)) problems.Add($"cell {number}: \"1 countries\"");
                foreach (Match cellMatch in TableCell().Matches(text))
                {
                    var value = WebUtility.HtmlDecode(cellMatch.Groups["text"].Value).Trim();
                    if (LongDecimal().IsMatch(value)) problems.Add($"cell {number}: a table cell with 7 or more decimals or in scientific notation: {value}");
                }
            }
        }
        return problems;
    }

    private static string Text(JsonNode? node) => node is JsonObject json ? json.ToJsonString() : EGov.Cli.Notebooks.NotebookText.Of(node);

    [Fact]
    public void The_scan_finds_each_kind_of_problem()
    {
        var notebook = JsonNode.Parse("""
            {"cells": [
              {"cell_type": "markdown", "source": ["a;; b"]},
              {"cell_type": "code", "source": [""], "outputs": [{"output_type": "execute_result", "data": {
                "text/html": "<table><tr><th>(Nullable`1)</th></tr><tr><td>0.0149333333333333333333333333</td><td>7E-06</td><td>0.1234</td><td>1 countries</td></tr></table>"}}]}
            ]}
            """)!;
        var problems = Problems(notebook);
        Assert.Contains(problems, p => p.Contains(";;", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Nullable`1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("0.0149333333333333333333333333", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("7E-06", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("1 countries", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.EndsWith("0.1234", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Executed_notebooks_show_no_type_names_long_decimals_or_broken_words()
    {
        var folder = Environment.GetEnvironmentVariable("EGOV_EXECUTED_NOTEBOOKS") is { Length: > 0 } dir ? dir : Path.Combine(RepositoryPaths.Root, "artifacts", "report");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.ipynb") : [];
        Skip.If(files.Length == 0, $"no executed notebooks in {folder}: run `egov run` (or set EGOV_EXECUTED_NOTEBOOKS)");
        var problems = files.SelectMany(f => Problems(JsonNode.Parse(File.ReadAllText(f))!).Select(p => $"{Path.GetFileName(f)} {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Scripts (plotly.js, a chart's figure) are code, not what a reader sees.</summary>
    [GeneratedRegex(@"<script\b.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"\b1 countries\b")]
    private static partial Regex OneCountries();

    [GeneratedRegex(@"<t[dh][^>]*>(?<text>[^<]*)</t[dh]>")]
    private static partial Regex TableCell();

    [GeneratedRegex(@"^[-+−]?\d+\.\d{7,}$|^[-+]?\d+(\.\d+)?E[-+]?\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex LongDecimal();
}
