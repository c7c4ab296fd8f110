using EGov.Cli.Run;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EGov.Tests.Run;

/// <summary>
/// The parameters cell as the compiler reads it (Roslyn, not patterns), and the injected cell: every assignment must compile
/// after the declarations and set exactly the value given. Checked with the C# script compiler the kernel uses.
/// </summary>
public sealed class ParameterCellTests
{
    [Theory]
    [InlineData("string @class = \"x\";", "class", "string")]
    [InlineData("string @event = \"e\", @if = \"f\";", "if", "string")]
    [InlineData("string async = \"a\";", "async", "string")]
    [InlineData("string var = \"a\";", "var", "string")]
    [InlineData("string nameof = \"a\";", "nameof", "string")]
    [InlineData("string \\u0061lpha = \"a\";", "alpha", "string")]
    [InlineData("string café = \"a\"; // a comment: int other = 1;", "café", "string")]
    [InlineData("/* int hidden = 1; */ int? limit = null;", "limit", "int?")]
    [InlineData("var count = 3;", "count", "int")]
    [InlineData("var total = -3L;", "total", "long")]
    [InlineData("var share = 0.5f;", "share", "float")]
    [InlineData("var label = @\"raw\";", "label", "string")]
    [InlineData("int a = 1, b = 2;", "b", "int")]
    [InlineData("int x = 1;\nstring x = \"later\";", "x", "string")]
    public void Declarations_are_read_as_the_compiler_reads_them(string cell, string name, string type)
    {
        var declared = NotebookParameters.Declared(cell);
        Assert.True(declared.ContainsKey(name), string.Join(", ", declared.Keys));
        Assert.Equal(type, declared[name].Type);
    }

    [Theory]
    [InlineData("int F() { int inner = 1; return inner; }", "inner")]
    [InlineData("for (int i = 0; i < 1; i++) { }", "i")]
    [InlineData("System.Func<int> f = () => { int local = 1; return local; };", "local")]
    [InlineData("// string commented = \"x\";", "commented")]
    public void Variables_that_are_not_top_level_declarations_are_not_parameters(string cell, string name) =>
        Assert.False(NotebookParameters.Declared(cell).ContainsKey(name));

    [Theory]
    [InlineData("string @class = \"d\";", "class", "set")]
    [InlineData("string @event = \"e\", @if = \"f\";", "if", "then")]
    [InlineData("string async = \"a\";", "async", "b")]
    [InlineData("string var = \"a\";", "var", "b")]
    [InlineData("string _ = \"a\";", "_", "b")]
    [InlineData("string \\u0061lpha = \"a\";", "alpha", "b")]
    [InlineData("string café = \"a\";", "café", "b")]
    [InlineData("int? limit = null;", "limit", "-12")]
    [InlineData("long? big = null;", "big", "9223372036854775807")]
    [InlineData("var count = 3;", "count", "4")]
    [InlineData("float share = 0.5f;", "share", "0.25")]
    [InlineData("decimal money = 1m;", "money", "0.1")]
    [InlineData("char mark = 'x';", "mark", "'")]
    [InlineData("byte level = 1;", "level", "255")]
    [InlineData("short small = 1;", "small", "-32768")]
    [InlineData("uint u = 1;", "u", "4294967295")]
    [InlineData("ulong ul = 1;", "ul", "18446744073709551615")]
    [InlineData("string? maybe = null;", "maybe", "x\"; System.Environment.Exit(3); //")]
    public void Every_injected_assignment_compiles_and_sets_the_value_given(string cell, string name, string value)
    {
        var injected = NotebookParameters.InjectedSource(NotebookParameters.Declared(cell), [new(name, value)]);
        var script = cell + "\n" + injected;
        var tree = CSharpSyntaxTree.ParseText(script, new CSharpParseOptions(kind: SourceCodeKind.Script));
        var compilation = CSharpCompilation.CreateScriptCompilation("parameters", tree,
            Basic.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, injected + "\n" + string.Join("\n", errors));
        // The assigned value is one literal (or a cast of one), whose value is the value given.
        var assignment = tree.GetRoot().DescendantNodes().OfType<AssignmentExpressionSyntax>().Single();
        var right = assignment.Right is CastExpressionSyntax cast ? cast.Expression : assignment.Right;
        if (right is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus) right = minus.Operand;
        var literal = Assert.IsAssignableFrom<LiteralExpressionSyntax>(right);
        Assert.Equal(value.TrimStart('-'), Convert.ToString(literal.Token.Value, System.Globalization.CultureInfo.InvariantCulture));
        var target = compilation.GetSemanticModel(tree).GetSymbolInfo(assignment.Left).Symbol;
        Assert.Equal(name, target?.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("\\")]
    [InlineData("\\u0022")]
    [InlineData("line\nbreak\r\n")]
    [InlineData("\u2028\u2029\u0085")]
    [InlineData("bidi \u202Eevil\u202C and zero\u200Bwidth")]
    [InlineData("\0 NUL and \u007F DEL")]
    [InlineData("中文 😀")]
    [InlineData("\uD800 lone surrogate \uDC00")]
    [InlineData("{0} $\"{1}\" \"\"\" raw")]
    public void String_values_are_one_literal_of_that_exact_string_in_printable_ASCII(string value)
    {
        var literal = NotebookParameters.StringLiteral(value);
        Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.Equal(value, token.ValueText);
        Assert.Equal(literal.Length, expression.FullSpan.Length);
    }

    [Theory]
    [InlineData("string[] names = { \"a\" };", "names", "a,b", "declared as string[]")]
    [InlineData("System.Collections.Generic.List<int> xs = new();", "xs", "1", "declared as System.Collections.Generic.List<int>")]
    [InlineData("var computed = System.DateTime.Now;", "computed", "1", "declared as var")]
    [InlineData("const int fixedValue = 1;", "fixedValue", "2", "const")]
    [InlineData("int n = 1;", "n", "99999999999", "is not an int")]
    [InlineData("int n = 1;", "n", "", "is not an int")]
    [InlineData("uint n = 1;", "n", "-1", "is not a uint")]
    [InlineData("float f = 1;", "f", "1e40", "not a finite float")]
    [InlineData("double d = 1;", "d", "Infinity", "not a finite double")]
    [InlineData("char c = 'a';", "c", "ab", "not one character")]
    [InlineData("int F() { int inner = 1; return inner; }", "inner", "2", "unknown parameter 'inner'")]
    public void Parameters_that_cannot_be_set_are_refused_with_the_reason(string cell, string name, string value, string message)
    {
        var problem = Assert.Throws<ParameterException>(() => NotebookParameters.InjectedSource(NotebookParameters.Declared(cell), [new(name, value)]));
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData(new[] { "x=1", "x=2" }, "given 2 times")]
    [InlineData(new[] { "=1" }, "must be name=value")]
    [InlineData(new[] { "novalue" }, "must be name=value")]
    public void Malformed_or_repeated_pairs_are_refused(string[] pairs, string message) =>
        Assert.Contains(message, Assert.Throws<ParameterException>(() => NotebookParameters.ParsePairs(pairs)).Message);

    [Fact]
    public void A_verbatim_marker_in_the_name_given_is_the_same_name() =>
        Assert.Equal("class", NotebookParameters.ParsePairs(["@class=set"]).Single().Key);

    /// <summary>docs/reliability.md's --param section: how many cases of each kind this class tries (its theories' rows).</summary>
    [Fact]
    public void The_reliability_section_counts_this_classes_cases()
    {
        int Rows(string method) => typeof(ParameterCellTests).GetMethod(method)!.GetCustomAttributes(typeof(InlineDataAttribute), false).Length;
        var section = "| --param cases | tried | as the compiler reads them |\n|---|---:|---:|\n" +
                      $"| declarations read as the compiler reads them (verbatim @names, keywords, Unicode names and escapes, nullable, var, several declarators, comments, a name declared twice) | {Rows(nameof(Declarations_are_read_as_the_compiler_reads_them))} | {Rows(nameof(Declarations_are_read_as_the_compiler_reads_them))} |\n" +
                      $"| variables that are not parameters (in methods, loops, lambdas, comments) | {Rows(nameof(Variables_that_are_not_top_level_declarations_are_not_parameters))} | {Rows(nameof(Variables_that_are_not_top_level_declarations_are_not_parameters))} |\n" +
                      $"| injected assignments compiled by the C# script compiler, value checked | {Rows(nameof(Every_injected_assignment_compiles_and_sets_the_value_given))} | {Rows(nameof(Every_injected_assignment_compiles_and_sets_the_value_given))} |\n" +
                      $"| hostile strings (quotes, escapes, line breaks, bidi, NUL, lone surrogates) as one printable-ASCII literal | {Rows(nameof(String_values_are_one_literal_of_that_exact_string_in_printable_ASCII))} | {Rows(nameof(String_values_are_one_literal_of_that_exact_string_in_printable_ASCII))} |\n" +
                      $"| values or declarations refused with the reason (arrays, generics, const, overflow, empty, NaN, Infinity) | {Rows(nameof(Parameters_that_cannot_be_set_are_refused_with_the_reason))} | {Rows(nameof(Parameters_that_cannot_be_set_are_refused_with_the_reason))} |\n" +
                      $"| malformed or repeated name=value pairs refused | {Rows(nameof(Malformed_or_repeated_pairs_are_refused))} | {Rows(nameof(Malformed_or_repeated_pairs_are_refused))} |\n";
        ReliabilityDoc.Check("param-cases", "tests/EGov.Tests/Run/ParameterCellTests.cs", section);
    }

    private static class Basic
    {
        public static readonly IReadOnlyList<MetadataReference> References =
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Console.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
