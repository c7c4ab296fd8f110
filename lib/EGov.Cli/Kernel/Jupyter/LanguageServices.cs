using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>is_complete_request: Roslyn's script parser decides whether a submission is complete, incomplete or invalid.</summary>
internal static class LanguageServices
{
    /// <summary>
    /// The is_complete_reply content for C# script code: "complete" when it parses without errors; "incomplete" (with the
    /// indent for the next line) when the only errors are at its end (an open block, a missing <c>;</c>, an open raw
    /// string), so more lines can complete it; "invalid" when an error comes before the end (<c>var x = ;)</c>): no
    /// continuation can make it valid.
    /// </summary>
    public static JsonObject IsComplete(string code)
    {
        var csharp = WithoutKernelDirectives(code);
        var tree = CSharpSyntaxTree.ParseText(csharp, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Preview));
        var end = csharp.TrimEnd().Length;
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0 && SyntaxFactory.IsCompleteSubmission(tree)) return new JsonObject { ["status"] = "complete" };
        // An error is "at the end" when it is reported at (or after) the last non-blank character: more text can fix it.
        var early = errors.Where(d => !AtEnd(tree, d, end)).ToList();
        if (early.Count > 0) return new JsonObject { ["status"] = "invalid" };
        return new JsonObject { ["status"] = "incomplete", ["indent"] = Indent(csharp) };
    }

    /// <summary>
    /// An error that more text could fix: reported at the end (a missing <c>;</c>, <c>)</c> or <c>}</c>), or an
    /// unterminated string or comment that runs to the end.
    /// </summary>
    private static bool AtEnd(SyntaxTree tree, Diagnostic diagnostic, int end)
    {
        if (diagnostic.Location.SourceSpan.Start >= end) return true;
        var start = diagnostic.Location.SourceSpan.Start;
        var trivia = tree.GetRoot().FindTrivia(start);
        if (trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)) return trivia.Span.End >= end;
        if (trivia.IsKind(SyntaxKind.SkippedTokensTrivia)) return false; // a token the parser could not place (a stray `}`)
        var token = tree.GetRoot().FindToken(start);
        return token.Span.End >= end && token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or
            SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken or
            SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken or SyntaxKind.InterpolatedStringTextToken;
    }

    /// <summary>The indent of the last line, one level more after an opening brace, bracket or parenthesis.</summary>
    private static string Indent(string code)
    {
        var lines = code.TrimEnd().Split('\n');
        var last = lines.Length > 0 ? lines[^1] : "";
        var indent = last[..(last.Length - last.TrimStart().Length)];
        return last.TrimEnd().EndsWith('{') || last.TrimEnd().EndsWith('(') || last.TrimEnd().EndsWith('[') ? indent + "    " : indent;
    }

    /// <summary>
    /// The code with .NET Interactive's own directives (<c>#r "nuget:"</c>, <c>#i</c>, <c>#!...</c>) blanked out, each line
    /// kept at its length so positions do not move: they are not C#.
    /// </summary>
    public static string WithoutKernelDirectives(string code) =>
        string.Join("\n", code.Split('\n').Select(l => l.TrimStart().StartsWith('#') && !IsCSharpDirective(l.TrimStart()) ? new string(' ', l.Length) : l));

    private static bool IsCSharpDirective(string line) =>
        new[] { "#if", "#else", "#elif", "#endif", "#region", "#endregion", "#define", "#undef", "#nullable", "#pragma", "#line", "#error", "#warning", "#load" }
            .Any(d => line.StartsWith(d, StringComparison.Ordinal)) ||
        // `#r "path.dll"` is C# script; `#r "nuget: ..."` is the kernel's.
        (line.StartsWith("#r ", StringComparison.Ordinal) && !line.Contains("nuget:", StringComparison.OrdinalIgnoreCase));
}
