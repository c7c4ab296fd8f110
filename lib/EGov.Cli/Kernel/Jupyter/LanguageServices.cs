using EGov.Cli.Hosting;
using System.Text.Json.Nodes;
using EGov.Cli.Run;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// is_complete_request (Roslyn's script parser decides whether a submission is complete) and complete_request (the C#
/// kernel's completions). Jupyter counts cursor positions in Unicode code points; .NET strings count UTF-16 units.
/// </summary>
internal static partial class LanguageServices
{
    /// <summary>The is_complete_reply content: "complete" or "incomplete" (with an indent) for C# script code.</summary>
    public static JsonObject IsComplete(string code)
    {
        // .NET Interactive's own directives (#r "nuget:", #i, #!...) are not C#: blank them out before parsing.
        var csharp = string.Join("\n", code.Split('\n').Select(l => l.TrimStart().StartsWith('#') && !IsPreprocessor(l.TrimStart()) ? "" : l));
        var tree = CSharpSyntaxTree.ParseText(csharp, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        return SyntaxFactory.IsCompleteSubmission(tree)
            ? new JsonObject { ["status"] = "complete" }
            : new JsonObject { ["status"] = "incomplete", ["indent"] = "    " };
    }

    /// <summary>The complete_reply content for the cursor position (code points) in the code.</summary>
    public static async Task<JsonObject> CompleteAsync(KernelHost? host, string code, int cursor)
    {
        var offset = Utf16Offset(code, cursor);
        var start = offset;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
        var matches = new List<string>();
        var (replaceStart, replaceEnd) = (start, offset);
        if (host is not null)
        {
            var (line, character) = LinePosition(code, offset);
            var result = await host.Composite.SendAsync(new RequestCompletions(code, new Microsoft.DotNet.Interactive.LinePosition(line, character), EGov.Cli.Hosting.KernelHost.CSharpKernelName));
            if (result.Events.OfType<CompletionsProduced>().FirstOrDefault() is { } produced)
            {
                var prefix = code[start..offset];
                matches.AddRange(produced.Completions.Select(c => Snippet().Replace(c.InsertText ?? c.DisplayText, m => m.Groups[1].Value))
                    .Where(t => t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal));
                if (produced.LinePositionSpan is { } span)
                    (replaceStart, replaceEnd) = (Offset(code, span.Start.Line, span.Start.Character), Offset(code, span.End.Line, span.End.Character));
            }
        }
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. matches.Select(m => (JsonNode?)JsonValue.Create(m))]),
            ["cursor_start"] = CodePoints(code, replaceStart),
            ["cursor_end"] = CodePoints(code, replaceEnd),
            ["metadata"] = new JsonObject(),
        };
    }

    /// <summary>Snippet placeholders in completion texts (<c>WriteLine($1)</c>, <c>${1:name}</c>): Jupyter inserts plain text.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\$(?:\d+|\{\d+:?([^}]*)\})")]
    private static partial System.Text.RegularExpressions.Regex Snippet();

    private static bool IsPreprocessor(string line) =>
        new[] { "#if", "#else", "#elif", "#endif", "#region", "#endregion", "#define", "#undef", "#nullable", "#pragma", "#line", "#error", "#warning", "#load" }
            .Any(d => line.StartsWith(d, StringComparison.Ordinal));

    private static int Utf16Offset(string text, int codePoints)
    {
        var offset = 0;
        for (var i = 0; i < codePoints && offset < text.Length; i++) offset += char.IsSurrogatePair(text, offset) ? 2 : 1;
        return Math.Min(offset, text.Length);
    }

    private static int CodePoints(string text, int utf16Offset) => text[..Math.Clamp(utf16Offset, 0, text.Length)].EnumerateRunes().Count();

    private static (int Line, int Character) LinePosition(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, offset - lineStart);
    }

    private static int Offset(string text, int line, int character)
    {
        var offset = 0;
        for (var l = 0; l < line && offset < text.Length; offset++)
            if (text[offset] == '\n') l++;
        return Math.Min(offset + character, text.Length);
    }
}
