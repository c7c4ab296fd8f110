using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EGov.Cli.Hosting;

/// <summary>
/// Makes a cell's own code interruptible: every loop body (<c>for</c>, <c>foreach</c>, <c>while</c>, <c>do</c>, the target
/// of a <c>goto</c> label) and every body of a function the cell declares (methods, local functions, lambdas, anonymous
/// methods, accessors) starts with a check of <see cref="CellInterrupt"/>; <c>Thread.Sleep</c> and <c>Task.Delay</c> call
/// interruptible twins. Nothing else of the text changes and no line is added: the checks are inserted into the lines
/// where the bodies start (after a block's <c>{</c>, around an embedded statement or an expression body), so line
/// numbers, directives (<c>#r</c>, <c>#!</c>, <c>#line</c>) and the meaning of the code stay as written.
/// </summary>
/// <remarks>
/// The cell is compiled first as the kernel would compile it (against the kernel's script state and options). The rewrite
/// is used only when the cell as written compiles without errors and the rewritten cell reports exactly the same
/// diagnostics (id, severity, message, line and column span); otherwise the cell is submitted unchanged, so every
/// diagnostic a user sees is the one of the code they wrote. An insertion that would move a diagnostic's column is left
/// out, as is any change inside an argument captured by <c>[CallerArgumentExpression]</c>. The rewrite is semantic where
/// it must be: <c>Thread.Sleep</c>/<c>Task.Delay</c> are replaced only when they bind to the framework's methods, and an
/// expression lambda is wrapped only when it becomes a delegate (never an expression tree) and its body's type needs
/// no conversion.
/// </remarks>
internal static class InterruptRewriter
{
    private const string Class = "global::EGov.Cli.Hosting.CellInterrupt";
    private const string Check = Class + ".Check();";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>
    /// The code to submit for <paramref name="code"/>: the rewritten cell, or <paramref name="code"/> itself when there is
    /// nothing to check, when it does not compile, or when rewriting would change any diagnostic.
    /// </summary>
    /// <param name="code">The cell as written.</param>
    /// <param name="compile">Compiles a submission as the kernel would (null: the kernel cannot be asked; no rewrite).</param>
    public static string Rewrite(string code, Func<string, Compilation?> compile)
    {
        var blanked = BlankKernelDirectives(code, out var hasReferenceDirective);
        if (hasReferenceDirective) return code;
        if (!HasCandidates(CSharpSyntaxTree.ParseText(blanked, ParseOptions).GetRoot())) return code;

        var original = compile(blanked);
        if (original is null) return code;
        var tree = original.SyntaxTrees.Last();
        var diagnostics = original.GetDiagnostics();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return code;

        var model = original.GetSemanticModel(tree);
        var edits = new EditCollector(model).Collect(tree.GetRoot(), diagnostics, tree.GetText());
        if (edits.Count == 0) return code;

        var rewritten = Apply(code, edits);
        var check = compile(Apply(blanked, edits));
        if (check is null || !Same(diagnostics, check.GetDiagnostics())) return code;
        return rewritten;
    }

    /// <summary>
    /// The code with .NET Interactive's own directive lines (<c>#!</c> magic commands) blanked to spaces of the same length
    /// (so positions stay), for compiling the C# in it; whether it has <c>#r</c>/<c>#i</c>/<c>#load</c> lines (a set-up cell
    /// adding references the compilation here would not see: such cells are not rewritten).
    /// </summary>
    internal static string BlankKernelDirectives(string code, out bool hasReferenceDirective)
    {
        hasReferenceDirective = false;
        var text = new StringBuilder(code);
        var start = 0;
        while (start <= code.Length)
        {
            var end = code.IndexOf('\n', start);
            if (end < 0) end = code.Length;
            var line = code.AsSpan(start, end - start).TrimStart();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                for (var i = start; i < end; i++) if (text[i] is not ('\r' or '\n')) text[i] = ' ';
            }
            else if (line.StartsWith("#r", StringComparison.Ordinal) || line.StartsWith("#i", StringComparison.Ordinal) ||
                     line.StartsWith("#load", StringComparison.Ordinal))
            {
                hasReferenceDirective = true;
            }
            start = end + 1;
        }
        return text.ToString();
    }

    private static bool HasCandidates(SyntaxNode root) => root.DescendantNodes().Any(n => n is
        ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax or LabeledStatementSyntax or
        BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax or
        ArrowExpressionClauseSyntax or InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sleep" or "Delay" } or IdentifierNameSyntax { Identifier.ValueText: "Sleep" or "Delay" } });

    private static bool Same(IEnumerable<Diagnostic> before, IEnumerable<Diagnostic> after)
    {
        static List<string> Keys(IEnumerable<Diagnostic> diagnostics) => diagnostics
            .Select(d => $"{d.Id}|{d.Severity}|{d.Location.GetLineSpan().Span}|{d.Location.GetMappedLineSpan()}|{d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal).ToList();
        return Keys(before).SequenceEqual(Keys(after));
    }

    private static string Apply(string code, IReadOnlyList<Edit> edits)
    {
        var text = new StringBuilder(code.Length + edits.Sum(e => e.Text.Length));
        var at = 0;
        foreach (var edit in edits.OrderBy(e => e.Start).ThenBy(e => e.Kind).ThenBy(e => e.Kind == EditKind.Close ? -e.Depth : e.Depth))
        {
            text.Append(code, at, edit.Start - at).Append(edit.Text);
            at = edit.Start + edit.Length;
        }
        return text.Append(code, at, code.Length - at).ToString();
    }

    private enum EditKind { Close, Open, Replace }

    /// <summary>Text to put at <see cref="Start"/> in place of <see cref="Length"/> characters.</summary>
    private sealed record Edit(int Start, int Length, string Text, EditKind Kind, int Depth);

    /// <summary>Walks the cell and collects the edits, in groups that are applied together or not at all.</summary>
    private sealed class EditCollector(SemanticModel model)
    {
        private readonly List<List<Edit>> groups = [];

        public List<Edit> Collect(SyntaxNode root, IEnumerable<Diagnostic> diagnostics, SourceText text)
        {
            foreach (var node in root.DescendantNodes()) Visit(node);
            // Positions (line, column) that an edit before them on their line would move.
            var pinned = diagnostics.Where(d => d.Location.IsInSource)
                .SelectMany(d => new[] { d.Location.GetLineSpan().StartLinePosition, d.Location.GetLineSpan().EndLinePosition })
                .ToList();
            return [.. groups.Where(g => g.All(e => !Moves(e, pinned, text)) && g.All(e => !InCapturedArgument(root, e))).SelectMany(g => g)];
        }

        private static bool Moves(Edit edit, List<LinePosition> pinned, SourceText text)
        {
            if (edit.Text.Length == edit.Length) return false;
            var at = text.Lines.GetLinePosition(edit.Start);
            return pinned.Any(p => p.Line == at.Line && p.Character >= at.Character);
        }

        /// <summary>Whether the edit is inside an argument whose text a <c>[CallerArgumentExpression]</c> parameter captures.</summary>
        private bool InCapturedArgument(SyntaxNode root, Edit edit)
        {
            var token = root.FindToken(Math.Min(edit.Start, root.FullSpan.End - 1));
            foreach (var argument in token.Parent?.AncestorsAndSelf().OfType<ArgumentSyntax>() ?? [])
            {
                if (argument.Parent?.Parent is not { } call) continue;
                if (model.GetSymbolInfo(call).Symbol is IMethodSymbol method &&
                    method.Parameters.Any(p => p.GetAttributes().Any(a => a.AttributeClass?.Name == "CallerArgumentExpressionAttribute")))
                    return true;
            }
            return false;
        }

        private void Visit(SyntaxNode node)
        {
            switch (node)
            {
                case ForStatementSyntax s: Body(s.Statement); break;
                case CommonForEachStatementSyntax s: Body(s.Statement); break;
                case WhileStatementSyntax s: Body(s.Statement); break;
                case DoStatementSyntax s: Body(s.Statement); break;
                case LabeledStatementSyntax s: Add(new Edit(s.ColonToken.Span.End, 0, Check, EditKind.Open, Depth(s))); break;
                case BaseMethodDeclarationSyntax m: Function(m.Body, m.ExpressionBody?.Expression, Returns(m)); break;
                case LocalFunctionStatementSyntax f: Function(f.Body, f.ExpressionBody?.Expression, !IsRef(f.ReturnType)); break;
                case AccessorDeclarationSyntax a: Function(a.Body, a.ExpressionBody?.Expression, !IsRefProperty(a)); break;
                case PropertyDeclarationSyntax { ExpressionBody: { } body } p: Function(null, body.Expression, !IsRef(p.Type)); break;
                case IndexerDeclarationSyntax { ExpressionBody: { } body } i: Function(null, body.Expression, !IsRef(i.Type)); break;
                case AnonymousFunctionExpressionSyntax f when IsDelegate(f): Function(f.Block, f.ExpressionBody, true); break;
                case InvocationExpressionSyntax call: Interruptible(call); break;
            }
        }

        /// <summary>A check at the start of a loop's body: after the <c>{</c> of a block, or an embedded statement put in braces.</summary>
        private void Body(StatementSyntax body)
        {
            if (body is BlockSyntax block)
            {
                Add(new Edit(block.OpenBraceToken.Span.End, 0, Check, EditKind.Open, Depth(block)));
                return;
            }
            var depth = Depth(body);
            Add(new Edit(body.GetFirstToken().GetPreviousToken().Span.End, 0, "{" + Check, EditKind.Open, depth),
                new Edit(body.GetLastToken().Span.End, 0, "}", EditKind.Close, depth));
        }

        private void Function(BlockSyntax? block, ExpressionSyntax? expression, bool canWrap)
        {
            if (block is not null) Add(new Edit(block.OpenBraceToken.Span.End, 0, Check, EditKind.Open, Depth(block)));
            else if (expression is not null && canWrap && Wrappable(expression))
            {
                var depth = Depth(expression);
                Add(new Edit(expression.SpanStart, 0, Class + ".Pass(", EditKind.Open, depth),
                    new Edit(expression.Span.End, 0, ")", EditKind.Close, depth));
            }
        }

        /// <summary>
        /// An expression body can be passed through <see cref="CellInterrupt.Pass{T}"/> when it has a type of its own that the
        /// body uses unconverted (so the generic call infers exactly that type), not void, a pointer or a by-ref result.
        /// </summary>
        private bool Wrappable(ExpressionSyntax expression)
        {
            if (expression is RefExpressionSyntax or ThrowExpressionSyntax || expression.DescendantNodesAndSelf().Any(n => n is StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax))
                return false;
            var info = model.GetTypeInfo(expression);
            return info.Type is { } type && type.SpecialType != SpecialType.System_Void && type.TypeKind is not (TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Error or TypeKind.Dynamic) &&
                   SymbolEqualityComparer.Default.Equals(type, info.ConvertedType);
        }

        /// <summary>A lambda or anonymous method that becomes a delegate (not an expression tree, whose body must stay as written).</summary>
        private bool IsDelegate(AnonymousFunctionExpressionSyntax function) =>
            model.GetTypeInfo(function).ConvertedType is INamedTypeSymbol { TypeKind: TypeKind.Delegate };

        /// <summary><c>Thread.Sleep</c> and <c>Task.Delay</c> of the framework become <see cref="CellInterrupt"/>'s twins (same overloads and parameter names).</summary>
        private void Interruptible(InvocationExpressionSyntax call)
        {
            if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol method) return;
            var type = method.ContainingType?.ToDisplayString();
            var parameters = string.Join(",", method.Parameters.Select(p => p.Type.ToDisplayString()));
            var twin = (type, method.Name, parameters) switch
            {
                ("System.Threading.Thread", "Sleep", "int" or "System.TimeSpan") => "Sleep",
                ("System.Threading.Tasks.Task", "Delay", "int" or "System.TimeSpan" or "int,System.Threading.CancellationToken" or "System.TimeSpan,System.Threading.CancellationToken") => "Delay",
                _ => null,
            };
            if (twin is null) return;
            Add(new Edit(call.Expression.SpanStart, call.Expression.Span.Length, $"{Class}.{twin}", EditKind.Replace, Depth(call)));
        }

        private static bool Returns(BaseMethodDeclarationSyntax method) => method switch
        {
            MethodDeclarationSyntax m => !IsRef(m.ReturnType),
            OperatorDeclarationSyntax o => !IsRef(o.ReturnType),
            ConversionOperatorDeclarationSyntax c => !IsRef(c.Type),
            _ => true,
        };

        private static bool IsRef(TypeSyntax type) => type is RefTypeSyntax;

        private static bool IsRefProperty(AccessorDeclarationSyntax accessor) =>
            accessor.Parent?.Parent is BasePropertyDeclarationSyntax property && IsRef(property.Type);

        private static int Depth(SyntaxNode node) => node.Ancestors().Count();

        private void Add(params Edit[] edits) => groups.Add([.. edits]);
    }
}
