using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.DotNet.Interactive.CSharp;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// inspect_request and complete_request from Roslyn's semantic model of the code being typed as the next submission of
/// the C# kernel (<c>ScriptState.Script.ContinueWith(code)</c>: the variables, functions, usings and references of every
/// cell run so far are in scope). Documentation comes from <see cref="XmlDocs"/>. Jupyter counts positions in Unicode
/// code points; .NET strings in UTF-16 units.
/// </summary>
internal sealed class CodeInsight(CSharpKernel kernel, XmlDocs docs)
{
    private readonly object gate = new();
    // The candidates of the last completion context (the same code around the word being typed, the same kernel state):
    // each further keystroke of the word is answered from it, without binding the code again.
    private (object? State, string Before, string After, List<Candidate> Items)? last;

    private sealed record Candidate(string Name, string Kind, string Signature);

    private static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeContainingType |
                       SymbolDisplayMemberOptions.IncludeRef | SymbolDisplayMemberOptions.IncludeConstantValue,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeParamsRefOut |
                          SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier |
                              SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat QualifiedType = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints | SymbolDisplayGenericsOptions.IncludeVariance,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly ImmutableArray<string> Keywords = [.. SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
        .Select(SyntaxFacts.GetText).Where(k => k.Length > 0 && char.IsLetter(k[0])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Binds code once for inspection and completion, so the first request a user makes is fast (called when the kernel
    /// starts; the runtime's documentation index is <see cref="XmlDocs.WarmUp"/>, run beside it).
    /// </summary>
    public void WarmUp()
    {
        _ = Inspect("Console.WriteLine", 17, 0);
        _ = Complete("Console.Wr", 10);
        _ = Complete("var warm = new List<int>(); warm.C", 34); // members with extension methods (LINQ)
    }

    /// <summary>The inspect_reply content: the symbol at the cursor (or whose argument list holds it), its signature and docs.</summary>
    public JsonObject Inspect(string code, int cursor, int detail)
    {
        var found = SymbolAt(code, Utf16Offset(code, cursor));
        if (found is not ({ } symbol, var overloads, var compilation))
            return new JsonObject { ["status"] = "ok", ["found"] = false, ["data"] = new JsonObject(), ["metadata"] = new JsonObject() };
        var doc = docs.Of(symbol, compilation);
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = true,
            ["data"] = new JsonObject { ["text/plain"] = Plain(symbol, overloads, doc, detail), ["text/markdown"] = Markdown(symbol, overloads, doc, detail) },
            ["metadata"] = new JsonObject(),
        };
    }

    /// <summary>
    /// The complete_reply content: plain names (no parentheses, no snippets) starting with the word before the cursor
    /// (case-insensitive, same-case first), and <c>_jupyter_types_experimental</c> with each match's kind and signature.
    /// </summary>
    public JsonObject Complete(string code, int cursor)
    {
        var offset = Utf16Offset(code, cursor);
        var start = offset;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
        var prefix = code[start..offset];
        var items = CandidatesAt(code, start, offset)
            .Where(c => c.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Name.StartsWith(prefix, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var (from, to) = (CodePoints(code, start), CodePoints(code, offset));
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. items.Select(i => (JsonNode?)JsonValue.Create(i.Name))]),
            ["cursor_start"] = from,
            ["cursor_end"] = to,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray([.. items.Select(i => (JsonNode?)new JsonObject
                {
                    ["start"] = from, ["end"] = to, ["text"] = i.Name, ["type"] = i.Kind, ["signature"] = i.Signature,
                })]),
            },
        };
    }

    /// <summary>Every name that can stand at <paramref name="start"/> (one per name, overloads counted), from the cache when the context is the same.</summary>
    private List<Candidate> CandidatesAt(string code, int start, int offset)
    {
        var state = kernel.ScriptState;
        var (before, after) = (code[..start], code[offset..]);
        lock (gate)
            if (last is { } cached && ReferenceEquals(cached.State, state) && cached.Before == before && cached.After == after) return cached.Items;
        var items = Candidates(code, start)
            .GroupBy(c => c.Name, StringComparer.Ordinal)
            .Select(g => new Candidate(g.Key, g.First().Kind, g.First().Symbol is { } symbol
                ? symbol.ToDisplayString(Signature) + (g.Count() > 1 ? $" (+ {g.Count() - 1} overload{(g.Count() > 2 ? "s" : "")})" : "")
                : ""))
            .ToList();
        lock (gate) last = (state, before, after, items);
        return items;
    }

    private IEnumerable<(string Name, string Kind, ISymbol? Symbol)> Candidates(string code, int start)
    {
        if (Model(code) is not var (model, tree)) yield break;
        var before = start > 0 ? tree.GetRoot().FindToken(start - 1) : default;
        if (before.IsKind(SyntaxKind.DotToken) || before.IsKind(SyntaxKind.MinusGreaterThanToken))
        {
            var left = before.Parent switch
            {
                MemberAccessExpressionSyntax m => m.Expression,
                QualifiedNameSyntax q => q.Left,
                MemberBindingExpressionSyntax b => (b.Parent?.Parent as ConditionalAccessExpressionSyntax)?.Expression,
                _ => null,
            };
            if (left is null) yield break;
            var target = model.GetSymbolInfo(left).Symbol;
            IEnumerable<ISymbol> members;
            if (target is INamespaceOrTypeSymbol container)
                members = model.LookupSymbols(start, container).Where(s => s.IsStatic || s is ITypeSymbol or INamespaceSymbol || container is INamespaceSymbol);
            else if (model.GetTypeInfo(left).Type is { } type)
                members = model.LookupSymbols(start, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s is IMethodSymbol { MethodKind: MethodKind.ReducedExtension });
            else yield break;
            foreach (var symbol in members.Where(Visible)) yield return (symbol.Name, Kind(symbol), symbol);
            yield break;
        }
        foreach (var symbol in model.LookupSymbols(start).Where(Visible)) yield return (symbol.Name, Kind(symbol), symbol);
        foreach (var keyword in Keywords) yield return (keyword, "keyword", null);
    }

    private static bool Visible(ISymbol symbol) =>
        symbol.CanBeReferencedByName && !symbol.IsImplicitlyDeclared && symbol.Name.Length > 0 && !symbol.Name.StartsWith('<') &&
        symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor };

    /// <summary>The kind names of Jupyter's completion types (JupyterLab shows them as icons): method, property, class, keyword, local...</summary>
    private static string Kind(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.LocalFunction } => "function",
        IMethodSymbol { MethodKind: MethodKind.ReducedExtension } => "extension method",
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } => "enum member",
        IFieldSymbol { IsConst: true } => "constant",
        IFieldSymbol f when f.ContainingType?.IsScriptClass == true => "local", // a top-level variable of a cell
        IFieldSymbol => "field",
        IEventSymbol => "event",
        ILocalSymbol => "local",
        IParameterSymbol => "parameter",
        INamespaceSymbol => "namespace",
        ITypeParameterSymbol => "type parameter",
        INamedTypeSymbol t => t.TypeKind switch
        {
            TypeKind.Interface => "interface",
            TypeKind.Struct => t.IsRecord ? "record struct" : "struct",
            TypeKind.Enum => "enum",
            TypeKind.Delegate => "delegate",
            _ => t.IsRecord ? "record" : "class",
        },
        _ => symbol.Kind.ToString().ToLowerInvariant(),
    };

    private (ISymbol Symbol, IReadOnlyList<ISymbol> Overloads, Compilation Compilation)? SymbolAt(string code, int offset)
    {
        if (Model(code) is not var (model, tree)) return null;
        var root = tree.GetRoot();
        var token = root.FindToken(Math.Max(0, Math.Min(offset, code.Length) - 1));
        if (!token.IsKind(SyntaxKind.IdentifierToken) && offset < code.Length && root.FindToken(offset) is var after && after.IsKind(SyntaxKind.IdentifierToken))
            token = after;
        SyntaxNode? node = token.IsKind(SyntaxKind.IdentifierToken) || SyntaxFacts.IsPredefinedType(token.Kind()) ? token.Parent : null;
        if (node is null)
        {
            // The cursor is in an argument list (`Math.Round(x, |`): the method being called, as Shift-Tab in Jupyter shows.
            var call = token.Parent?.AncestorsAndSelf().FirstOrDefault(n => n is ArgumentListSyntax)?.Parent;
            node = call switch
            {
                InvocationExpressionSyntax i => i.Expression,
                BaseObjectCreationExpressionSyntax o => o,
                _ => null,
            };
        }
        if (node is null) return null;
        var info = model.GetSymbolInfo(node);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node) ?? model.GetTypeInfo(node).Type as ISymbol;
        if (symbol is null || symbol is IErrorTypeSymbol) return null;
        IReadOnlyList<ISymbol> overloads = info.CandidateSymbols.Length > 1 ? [.. info.CandidateSymbols]
            : symbol is IMethodSymbol { ContainingType: { } owner } ? [.. owner.GetMembers(symbol.Name).OfType<IMethodSymbol>()]
            : [symbol];
        if (overloads.Count == 0) overloads = [symbol];
        return (symbol, overloads, model.Compilation);
    }

    /// <summary>The semantic model of <paramref name="code"/> as the next submission (directive lines blanked, so positions stay).</summary>
    private (SemanticModel Model, SyntaxTree Tree)? Model(string code)
    {
        if (kernel.ScriptState?.Script is not { } previous) return null;
        var csharp = LanguageServices.WithoutKernelDirectives(code);
        var compilation = previous.ContinueWith(csharp).GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        return (compilation.GetSemanticModel(tree, ignoreAccessibility: false), tree);
    }

    private static string Plain(ISymbol symbol, IReadOnlyList<ISymbol> overloads, SymbolDoc? doc, int detail)
    {
        var text = new StringBuilder();
        text.Append(Describe(symbol));
        if (overloads.Count > 1) text.Append($" (+ {overloads.Count - 1} overload{(overloads.Count > 2 ? "s" : "")})");
        text.Append('\n');
        if (doc is not null)
        {
            if (doc.Summary.Length > 0) text.Append('\n').Append(doc.Summary).Append('\n');
            if (doc.TypeParameters.Count > 0) text.Append("\nType parameters:\n").AppendJoin("", doc.TypeParameters.Select(p => $"  {p.Name}: {p.Text}\n"));
            if (doc.Parameters.Count > 0) text.Append("\nParameters:\n").AppendJoin("", doc.Parameters.Select(p => $"  {p.Name}: {p.Text}\n"));
            if (doc.Returns.Length > 0) text.Append("\nReturns: ").Append(doc.Returns).Append('\n');
            if (doc.Value.Length > 0) text.Append("\nValue: ").Append(doc.Value).Append('\n');
            if (doc.Remarks.Length > 0) text.Append("\nRemarks: ").Append(doc.Remarks).Append('\n');
            if (doc.Exceptions.Count > 0) text.Append("\nExceptions:\n").AppendJoin("", doc.Exceptions.Select(e => $"  {e.Type}: {e.Text}\n"));
        }
        if (detail > 0)
        {
            if (doc?.Example.Length > 0) text.Append("\nExample:\n").Append(doc.Example).Append('\n');
            if (overloads.Count > 1) text.Append("\nOverloads:\n").AppendJoin("", overloads.Select(o => $"  {Describe(o)}\n"));
            text.Append('\n').Append(Location(symbol, doc)).Append('\n');
        }
        return text.ToString().TrimEnd() + "\n";
    }

    private static string Markdown(ISymbol symbol, IReadOnlyList<ISymbol> overloads, SymbolDoc? doc, int detail)
    {
        var text = new StringBuilder();
        text.Append("```csharp\n").Append(Describe(symbol)).Append("\n```\n");
        if (overloads.Count > 1) text.Append($"(+ {overloads.Count - 1} overload{(overloads.Count > 2 ? "s" : "")})\n");
        if (doc is not null)
        {
            if (doc.Summary.Length > 0) text.Append('\n').Append(Escape(doc.Summary)).Append('\n');
            if (doc.TypeParameters.Count > 0) text.Append("\n**Type parameters**\n\n").AppendJoin("", doc.TypeParameters.Select(p => $"- `{p.Name}`: {Escape(p.Text)}\n"));
            if (doc.Parameters.Count > 0) text.Append("\n**Parameters**\n\n").AppendJoin("", doc.Parameters.Select(p => $"- `{p.Name}`: {Escape(p.Text)}\n"));
            if (doc.Returns.Length > 0) text.Append("\n**Returns**: ").Append(Escape(doc.Returns)).Append('\n');
            if (doc.Value.Length > 0) text.Append("\n**Value**: ").Append(Escape(doc.Value)).Append('\n');
            if (doc.Remarks.Length > 0) text.Append("\n**Remarks**: ").Append(Escape(doc.Remarks)).Append('\n');
            if (doc.Exceptions.Count > 0) text.Append("\n**Exceptions**\n\n").AppendJoin("", doc.Exceptions.Select(e => $"- `{e.Type}`: {Escape(e.Text)}\n"));
        }
        if (detail > 0)
        {
            if (doc?.Example.Length > 0) text.Append("\n**Example**\n\n").Append(Escape(doc.Example)).Append('\n');
            if (overloads.Count > 1) text.Append("\n**Overloads**\n\n```csharp\n").AppendJoin("", overloads.Select(o => Describe(o) + "\n")).Append("```\n");
            text.Append('\n').Append(Escape(Location(symbol, doc))).Append('\n');
        }
        return text.ToString().TrimEnd() + "\n";
    }

    private static string Describe(ISymbol symbol) => symbol switch
    {
        ILocalSymbol l => $"(local) {l.ToDisplayString(Signature)}",
        IParameterSymbol p => $"(parameter) {p.ToDisplayString(Signature)}",
        IFieldSymbol { ContainingType.IsScriptClass: true } f => $"(variable) {f.Type.ToDisplayString(Signature)} {f.Name}",
        IMethodSymbol { ContainingType.IsScriptClass: true } m => m.ToDisplayString(Signature.WithMemberOptions(Signature.MemberOptions & ~SymbolDisplayMemberOptions.IncludeContainingType)),
        ITypeSymbol t => t.ToDisplayString(QualifiedType),
        _ => symbol.ToDisplayString(Signature),
    };

    private static string Location(ISymbol symbol, SymbolDoc? doc)
    {
        var assembly = symbol.ContainingAssembly?.Identity;
        var where = assembly is null ? "" : $"Assembly: {assembly.Name} {assembly.Version}";
        if (symbol.ContainingNamespace is { IsGlobalNamespace: false } ns) where = $"Namespace: {ns.ToDisplayString()}\n{where}";
        if (doc?.Source is { Length: > 0 } source && source != "source") where += $"\nDocumentation: {source}";
        return where.Trim();
    }

    /// <summary>Markdown's inline specials escaped in doc text (a generic List&lt;T&gt; must not become an HTML tag).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '<' or '>' or '[' or ']' or '#' or '|') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    internal static int Utf16Offset(string text, int codePoints)
    {
        var offset = 0;
        for (var i = 0; i < codePoints && offset < text.Length; i++) offset += char.IsSurrogatePair(text, offset) ? 2 : 1;
        return Math.Min(offset, text.Length);
    }

    internal static int CodePoints(string text, int utf16Offset) => text[..Math.Clamp(utf16Offset, 0, text.Length)].EnumerateRunes().Count();
}
