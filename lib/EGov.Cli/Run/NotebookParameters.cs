using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EGov.Cli.Run;

/// <summary>
/// papermill's convention for C#: the cell tagged <c>parameters</c> declares the parameters with their defaults
/// (<c>string iso3 = "CHN";</c>); each <c>--param name=value</c> becomes an assignment in a cell injected right after it.
/// Values are encoded as C# literals of the declared type, never spliced in as code.
/// </summary>
internal static class NotebookParameters
{

    /// <summary>The declared parameters of a parameters cell: name → C# type keyword.</summary>
    public static IReadOnlyDictionary<string, string> Declared(string cellSource)
    {
        var tree = CSharpSyntaxTree.ParseText(cellSource, new CSharpParseOptions(kind: Microsoft.CodeAnalysis.SourceCodeKind.Script));
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<VariableDeclarationSyntax>())
            foreach (var variable in declaration.Variables)
                declared[variable.Identifier.ValueText] = declaration.Type.ToString();
        return declared;
    }

    /// <summary>Parses "name=value" pairs; the value may contain '='.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParsePairs(IEnumerable<string> pairs) =>
        pairs.Select(p =>
        {
            var i = p.IndexOf('=', StringComparison.Ordinal);
            if (i <= 0) throw new ParameterException($"--param '{p}' must be name=value");
            return new KeyValuePair<string, string>(p[..i].Trim(), p[(i + 1)..]);
        }).ToList();

    /// <summary>The source of the injected cell: one assignment per value, each value a literal of the declared type.</summary>
    /// <exception cref="ParameterException">An unknown name, an unsupported type or a value that is not of the type.</exception>
    public static string InjectedSource(IReadOnlyDictionary<string, string> declared, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var lines = new List<string> { "// Parameters injected by `egov run --param`" };
        foreach (var (name, value) in values)
        {
            if (!declared.TryGetValue(name, out var type))
                throw new ParameterException($"unknown parameter '{name}'; the notebook's parameters are: {string.Join(", ", declared.Keys.Order(StringComparer.Ordinal))}");
            lines.Add($"{name} = {Literal(type, name, value)};");
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// A C# string literal that means exactly <paramref name="value"/>: printable ASCII stays as it is, except '"' and '\';
    /// every other character (quotes, backslashes, line breaks, control, non-ASCII) is written as a \uXXXX escape.
    /// </summary>
    public static string StringLiteral(string value)
    {
        var text = new System.Text.StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\') text.Append(c);
            else text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return text.Append('"').ToString();
    }

    /// <summary>A C# literal of the given type for a value, or a <see cref="ParameterException"/>.</summary>
    public static string Literal(string type, string name, string value)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (type)
        {
            case "string" or "String" or "System.String":
                return StringLiteral(value);
            case "int" or "Int32" or "System.Int32":
                return int.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var i) ? i.ToString(inv) : throw Bad("an int");
            case "long" or "Int64" or "System.Int64":
                return long.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var l) ? l.ToString(inv) + "L" : throw Bad("a long");
            case "double" or "Double" or "System.Double":
                return double.TryParse(value, NumberStyles.Float, inv, out var d) && double.IsFinite(d) ? d.ToString("R", inv) + "d" : throw Bad("a finite double");
            case "decimal" or "Decimal" or "System.Decimal":
                return decimal.TryParse(value, NumberStyles.Float, inv, out var m) ? m.ToString(inv) + "m" : throw Bad("a decimal");
            case "bool" or "Boolean" or "System.Boolean":
                return bool.TryParse(value, out var b) ? (b ? "true" : "false") : throw Bad("true or false");
            default:
                throw new ParameterException($"parameter '{name}' is declared as {type}; only string, int, long, double, decimal and bool parameters can be set");
        }

        ParameterException Bad(string what) => new($"parameter '{name}' is {type}: '{value}' is not {what}");
    }
}

/// <summary>A parameter that cannot be applied; the message says why and lists the known parameters.</summary>
internal sealed class ParameterException(string message) : Exception(message);
