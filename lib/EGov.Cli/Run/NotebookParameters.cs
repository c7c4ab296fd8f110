using System.Globalization;
using EGov.Data;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EGov.Cli.Run;

/// <summary>
/// papermill's convention for C#: the cell tagged <c>parameters</c> declares the parameters with their defaults
/// (<c>string iso3 = "CHN";</c>); each <c>--param name=value</c> becomes an assignment in a cell injected right after it.
/// The cell is parsed by Roslyn (the compiler the kernel runs), so keywords as verbatim names (<c>@class</c>), Unicode
/// names and escapes, nullable types, several declarators and comments mean what they mean to the compiler. Values are
/// encoded as C# literals of the declared type, never spliced in as code.
/// </summary>
internal static class NotebookParameters
{
    /// <summary>
    /// The declared parameters of a parameters cell: the top-level variables (not those inside methods, lambdas or loops),
    /// by name as the compiler sees it (<c>@class</c> is <c>class</c>); a name declared twice takes its last declaration.
    /// </summary>
    public static IReadOnlyDictionary<string, ParameterDeclaration> Declared(string cellSource)
    {
        var tree = CSharpSyntaxTree.ParseText(cellSource, new CSharpParseOptions(kind: SourceCodeKind.Script));
        var declared = new Dictionary<string, ParameterDeclaration>(StringComparer.Ordinal);
        foreach (var member in ((CompilationUnitSyntax)tree.GetRoot()).Members)
        {
            var (declaration, modifiers) = member switch
            {
                FieldDeclarationSyntax field => (field.Declaration, field.Modifiers),
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => (local.Declaration, local.Modifiers),
                _ => (null, default(SyntaxTokenList)),
            };
            if (declaration is null) continue;
            var constant = modifiers.Any(m => m.IsKind(SyntaxKind.ConstKeyword) || m.IsKind(SyntaxKind.ReadOnlyKeyword));
            foreach (var variable in declaration.Variables)
            {
                var type = declaration.Type.IsVar && variable.Initializer?.Value is { } initial ? TypeOfLiteral(initial) ?? "var" : declaration.Type.ToString();
                declared[variable.Identifier.ValueText] = new ParameterDeclaration(variable.Identifier.ValueText, type, constant);
            }
        }
        return declared;
    }

    /// <summary>Parses "name=value" pairs; the value may contain '='; a leading '@' of the name is the verbatim marker.</summary>
    /// <exception cref="ParameterException">A pair without a name, or a name given twice.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> ParsePairs(IEnumerable<string> pairs)
    {
        var parsed = pairs.Select(p =>
        {
            var i = p.IndexOf('=', StringComparison.Ordinal);
            var name = i < 0 ? "" : p[..i].Trim();
            if (name.StartsWith('@')) name = name[1..];
            if (name.Length == 0) throw new ParameterException($"--param '{Printable.Escape(p)}' must be name=value");
            return new KeyValuePair<string, string>(name, p[(i + 1)..]);
        }).ToList();
        if (parsed.GroupBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ParameterException($"--param '{Printable.Escape(twice.Key)}' is given {twice.Count()} times; give each parameter once");
        return parsed;
    }

    /// <summary>
    /// Checks before anything runs that the values can be set in the notebook (a usage problem, exit 2, otherwise): it has a
    /// cell tagged <c>parameters</c> declaring every name, of a type each value is of. A notebook that cannot be read is
    /// left to the run, which reports it as that notebook's failure.
    /// </summary>
    /// <exception cref="ParameterException">The notebook takes no parameters, or a name or value does not fit.</exception>
    public static void Check(string notebookPath, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        if (values.Count == 0) return;
        Notebooks.NotebookDocument notebook;
        try { notebook = Notebooks.NotebookDocument.Load(notebookPath); }
        catch (Notebooks.NotebookFormatException) { return; }
        var cell = notebook.Cells.FirstOrDefault(c => c.HasTag(Notebooks.NotebookTags.Parameters))
                   ?? throw new ParameterException($"{Path.GetFileName(notebookPath)} has no cell tagged 'parameters', so it takes no --param");
        InjectedSource(Declared(cell.Source), values);
    }

    /// <summary>The source of the injected cell: one assignment per value, each value a literal of the declared type.</summary>
    /// <exception cref="ParameterException">An unknown name, an unsupported type or a value that is not of the type.</exception>
    public static string InjectedSource(IReadOnlyDictionary<string, ParameterDeclaration> declared, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var lines = new List<string> { "// Parameters injected by `egov run --param`" };
        foreach (var (name, value) in values)
        {
            if (!declared.TryGetValue(name, out var parameter))
                throw new ParameterException($"unknown parameter '{Printable.Escape(name)}'; the notebook's parameters are: {string.Join(", ", declared.Keys.Order(StringComparer.Ordinal))}");
            if (parameter.Constant)
                throw new ParameterException($"parameter '{name}' is declared const or readonly, so it cannot be set; declare it without the modifier");
            lines.Add($"{Identifier(name)} = {Literal(parameter.Type, name, value)};");
        }
        return string.Join("\n", lines);
    }

    /// <summary>The name as an identifier the compiler reads back as that name: a keyword (or <c>_</c>) gets the verbatim '@'.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None || name == "_"
            ? "@" + name
            : name;

    /// <summary>
    /// A C# string literal that means exactly <paramref name="value"/> (Roslyn's <see cref="SymbolDisplay.FormatLiteral(string, bool)"/>),
    /// with every character outside printable ASCII also written as a \uXXXX escape, so the injected cell shows no
    /// invisible, bidirectional or line-breaking character.
    /// </summary>
    public static string StringLiteral(string value)
    {
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        var text = new System.Text.StringBuilder(literal.Length);
        foreach (var c in literal)
            if (c is >= ' ' and <= '~') text.Append(c);
            else text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        return text.ToString();
    }

    /// <summary>A C# literal of the given type for a value, or a <see cref="ParameterException"/>.</summary>
    public static string Literal(string type, string name, string value)
    {
        var inv = CultureInfo.InvariantCulture;
        const NumberStyles integer = NumberStyles.AllowLeadingSign;
        var valueType = type.EndsWith('?') ? type[..^1].TrimEnd() : type;
        switch (valueType)
        {
            case "string" or "String" or "System.String":
                return StringLiteral(value);
            case "char" or "Char" or "System.Char":
                return value.Length == 1 ? CharLiteral(value[0]) : throw Bad("one character");
            case "int" or "Int32" or "System.Int32":
                return int.TryParse(value, integer, inv, out var i) ? i.ToString(inv) : throw Bad("an int");
            case "long" or "Int64" or "System.Int64":
                return long.TryParse(value, integer, inv, out var l) ? l.ToString(inv) + "L" : throw Bad("a long");
            case "short" or "Int16" or "System.Int16":
                return short.TryParse(value, integer, inv, out var s) ? $"(short){s.ToString(inv)}" : throw Bad("a short");
            case "byte" or "Byte" or "System.Byte":
                return byte.TryParse(value, NumberStyles.None, inv, out var by) ? $"(byte){by.ToString(inv)}" : throw Bad("a byte (0 to 255)");
            case "uint" or "UInt32" or "System.UInt32":
                return uint.TryParse(value, NumberStyles.None, inv, out var ui) ? ui.ToString(inv) + "U" : throw Bad("a uint");
            case "ulong" or "UInt64" or "System.UInt64":
                return ulong.TryParse(value, NumberStyles.None, inv, out var ul) ? ul.ToString(inv) + "UL" : throw Bad("a ulong");
            case "double" or "Double" or "System.Double":
                return double.TryParse(value, NumberStyles.Float, inv, out var d) && double.IsFinite(d) ? d.ToString("R", inv) + "d" : throw Bad("a finite double");
            case "float" or "Single" or "System.Single":
                return float.TryParse(value, NumberStyles.Float, inv, out var f) && float.IsFinite(f) ? f.ToString("R", inv) + "f" : throw Bad("a finite float");
            case "decimal" or "Decimal" or "System.Decimal":
                return decimal.TryParse(value, NumberStyles.Float, inv, out var m) ? m.ToString(inv) + "m" : throw Bad("a decimal");
            case "bool" or "Boolean" or "System.Boolean":
                return bool.TryParse(value, out var b) ? (b ? "true" : "false") : throw Bad("true or false");
            default:
                throw new ParameterException($"parameter '{name}' is declared as {Printable.Escape(type)}; only string, char, bool, int, long, short, byte, uint, " +
                                             "ulong, double, float and decimal parameters (or their nullable forms) can be set");
        }

        ParameterException Bad(string what) => new($"parameter '{name}' is {type}: '{Printable.Escape(value)}' is not {what}");
    }

    private static string CharLiteral(char c) =>
        c is >= ' ' and <= '~' ? SymbolDisplay.FormatLiteral(c, quote: true) : string.Create(CultureInfo.InvariantCulture, $"'\\u{(int)c:X4}'");

    /// <summary>The type a <c>var</c> declaration gets from a literal initializer (<c>var n = 10;</c> is int), or null.</summary>
    private static string? TypeOfLiteral(ExpressionSyntax initial)
    {
        var negated = initial is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus ? minus.Operand : initial;
        if (negated is not LiteralExpressionSyntax literal) return null;
        return literal.Token.Value switch
        {
            string => "string",
            char => "char",
            bool => "bool",
            int => "int",
            long => "long",
            uint => "uint",
            ulong => "ulong",
            double => "double",
            float => "float",
            decimal => "decimal",
            _ => null,
        };
    }
}

/// <summary>A parameter the parameters cell declares: its name as the compiler sees it, its declared type, whether it is const.</summary>
internal sealed record ParameterDeclaration(string Name, string Type, bool Constant);

/// <summary>A parameter that cannot be applied; the message says why and lists the known parameters.</summary>
internal sealed class ParameterException(string message) : Exception(message);
