using System.Text.RegularExpressions;

namespace EGov.Tests.Notebooks;

/// <summary>
/// A number quoted in a notebook's prose, with the phrase it stands in: <c>Phrase</c> marks each checked number with
/// braces ("Africa's best, South Africa ({0.8616})"); <c>Values</c> computes, from the data or the library, the text each
/// marked number must read. <c>Source</c> says where a number that is not a data value comes from (a citation, a package
/// version, a parameter of the next cell).
/// </summary>
/// With <c>Optional</c> the phrase need not occur (facts shared by every notebook).
internal sealed record ProseFact(string Phrase, Func<string[]> Values, string? Source = null, bool Optional = false);

/// <summary>
/// Checks a notebook's Markdown against its <see cref="ProseFact"/>s: every phrase occurs, every marked number equals its
/// computed value, and every number in the prose is covered by a fact. Not numbers here: ordered-list markers, notebook
/// numbers ("03 · ...", "notebook 07"), LaTeX formulas ($...$, $$...$$), survey editions (checked against the data's editions), numbers inside code spans,
/// links and URLs, and digits inside words (ISO3, C11, M49).
/// </summary>
internal static partial class ProseNumbers
{
    public static IReadOnlyList<string> Problems(string markdown, IEnumerable<ProseFact> facts, IReadOnlySet<int> editions)
    {
        var problems = new List<string>();
        var masked = Normalise(Mask(markdown));
        var text = Normalise(markdown);
        if (masked.Length != text.Length) throw new InvalidOperationException("masking changed the text's length");
        var covered = new List<(int Start, int End)>();
        foreach (var fact in facts)
        {
            var (plain, marks) = Parse(fact.Phrase);
            var found = false;
            for (var at = text.IndexOf(plain, StringComparison.Ordinal); at >= 0; at = text.IndexOf(plain, at + 1, StringComparison.Ordinal))
            {
                found = true;
                covered.AddRange(marks.Select(m => (at + m.Start, at + m.Start + m.Text.Length)));
            }
            if (!found)
            {
                if (!fact.Optional) problems.Add($"phrase not in the prose: \"{plain}\"");
                continue;
            }
            string[] values;
            try { values = fact.Values(); }
            catch (Exception e) { problems.Add($"\"{plain}\": computing the value failed: {e.Message}"); continue; }
            if (values.Length != marks.Count) { problems.Add($"\"{plain}\": {marks.Count} marked numbers but {values.Length} computed values"); continue; }
            for (var i = 0; i < marks.Count; i++)
                if (values[i] != marks[i].Text) problems.Add($"\"{plain}\": the prose says {marks[i].Text}, the data gives {values[i]}");
        }
        foreach (Match m in Number().Matches(masked))
        {
            if (covered.Any(c => m.Index >= c.Start && m.Index < c.End)) continue;
            if (m.Value.Length == 4 && int.TryParse(m.Value, out var year) && editions.Contains(year)) continue;
            var from = Math.Max(0, m.Index - 40);
            problems.Add($"number {m.Value} is not checked by a fact: \"…{text[from..Math.Min(text.Length, m.Index + m.Length + 20)]}…\"");
        }
        return problems;
    }

    /// <summary>The phrase without braces, and each marked number with its offset in that text.</summary>
    public static (string Plain, List<(int Start, string Text)> Marks) Parse(string phrase)
    {
        var plain = new System.Text.StringBuilder();
        var marks = new List<(int, string)>();
        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i] != '{') { plain.Append(phrase[i]); continue; }
            var end = phrase.IndexOf('}', i);
            if (end < 0) throw new FormatException($"unclosed brace in \"{phrase}\"");
            marks.Add((plain.Length, phrase[(i + 1)..end]));
            plain.Append(phrase, i + 1, end - i - 1);
            i = end;
        }
        return (plain.ToString(), marks);
    }

    /// <summary>
    /// Blanks out what is not prose (list markers, code spans, links' targets, URLs, notebook numbers): every character that is
    /// not whitespace becomes U+0001, so the text keeps its length and its whitespace, and normalises to the same positions.
    /// </summary>
    internal static string Mask(string markdown)
    {
        static string Blank(Match m) => new(m.Value.Select(c => char.IsWhiteSpace(c) ? c : '\u0001').ToArray());
        var text = ListMarker().Replace(markdown, Blank);
        text = Latex().Replace(text, Blank);
        text = CodeSpan().Replace(text, Blank);
        text = LinkTarget().Replace(text, Blank);
        text = Url().Replace(text, Blank);
        text = NotebookNumber().Replace(text, Blank);
        return NotebookReference().Replace(text, m => m.Groups["word"].Value + new string(m.Value[m.Groups["word"].Length..].Select(c => char.IsDigit(c) ? '\u0001' : c).ToArray()));
    }

    /// <summary>Every run of whitespace as one space, so that phrases match across the prose's line breaks.</summary>
    internal static string Normalise(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=^[ \t]*)\d+\.(?=[ \t])", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    /// <summary>LaTeX formulas, $$...$$ (display) and $...$ (inline): symbols, not quoted numbers.</summary>
    [GeneratedRegex(@"\$\$[\s\S]*?\$\$|\$[^$\n]+\$")]
    private static partial Regex Latex();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"<https?://[^>]*>|https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\b\d\d(?= ·)")]
    private static partial Regex NotebookNumber();

    [GeneratedRegex(@"(?<word>\b[Nn]otebooks? )\d\d(?:(?:, | and )\d\d)*")]
    private static partial Regex NotebookReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
