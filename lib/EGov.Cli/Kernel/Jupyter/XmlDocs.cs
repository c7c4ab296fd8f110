using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>The parts of a member's XML documentation comment, as plain text.</summary>
internal sealed record SymbolDoc(string Summary, IReadOnlyList<(string Name, string Text)> Parameters, IReadOnlyList<(string Name, string Text)> TypeParameters,
    string Returns, string Value, string Remarks, IReadOnlyList<(string Type, string Text)> Exceptions, string Example, string Source)
{
    public bool IsEmpty => Summary.Length == 0 && Parameters.Count == 0 && Returns.Length == 0 && Remarks.Length == 0;
}

/// <summary>
/// XML documentation of symbols, read from the <c>.xml</c> files that libraries ship beside their assemblies (the
/// library's <c>lib/EGov/bin/notebook/EGov.xml</c>, NuGet packages' <c>lib/TFM/*.xml</c>) and, for the runtime, from the
/// reference pack (<c>packs/Microsoft.NETCore.App.Ref/VERSION/ref/netX/*.xml</c>: the runtime folder has none; types of
/// System.Private.CoreLib are documented in the file of the reference assembly that exposes them). Files are parsed
/// once and kept; <c>&lt;inheritdoc/&gt;</c> follows the overridden or implemented member.
/// </summary>
internal sealed class XmlDocs
{
    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, XElement>?>> files = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, string>> runtimeTypeFiles;
    private readonly string? runtimeReferenceFolder;

    public XmlDocs()
    {
        runtimeReferenceFolder = FindRuntimeReferenceFolder();
        runtimeTypeFiles = new Lazy<Dictionary<string, string>>(IndexRuntimeTypes, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Loads the files most lookups need (the runtime's type index and System.Runtime's docs), e.g. while the kernel starts.</summary>
    public void WarmUp()
    {
        _ = runtimeTypeFiles.Value;
        if (runtimeReferenceFolder is not null) _ = Members(Path.Combine(runtimeReferenceFolder, "System.Runtime.xml"));
    }

    /// <summary>The documentation of a symbol (from its compilation's references), or null when there is none.</summary>
    public SymbolDoc? Of(ISymbol symbol, Compilation compilation)
    {
        var element = Element(symbol.OriginalDefinition, compilation, depth: 0, out var source);
        return element is null ? null : Read(element, source);
    }

    private XElement? Element(ISymbol symbol, Compilation compilation, int depth, out string source)
    {
        source = "";
        if (depth > 8) return null;
        XElement? element = null;
        var own = symbol.GetDocumentationCommentXml(expandIncludes: true);
        if (!string.IsNullOrWhiteSpace(own))
        {
            try { element = XElement.Parse(own); source = "source"; }
            catch (XmlException) { element = null; }
        }
        var id = symbol.GetDocumentationCommentId();
        if (element is null && id is not null)
            foreach (var file in CandidateFiles(symbol, compilation))
                if (Members(file)?.TryGetValue(id, out var found) == true) { element = found; source = file; break; }
        if (element is null) return null;
        if (element.Element("inheritdoc") is not null && Inherited(symbol) is { } parent && Element(parent, compilation, depth + 1, out var parentSource) is { } inherited)
        {
            source = parentSource;
            return inherited;
        }
        return element;
    }

    private static ISymbol? Inherited(ISymbol symbol)
    {
        var overridden = symbol switch
        {
            IMethodSymbol m => (ISymbol?)m.OverriddenMethod,
            IPropertySymbol p => p.OverriddenProperty,
            IEventSymbol e => e.OverriddenEvent,
            INamedTypeSymbol t => t.BaseType,
            _ => null,
        };
        if (overridden is not null) return overridden;
        if (symbol.ContainingType is not { } type) return null;
        foreach (var face in type.AllInterfaces)
            foreach (var member in face.GetMembers(symbol.Name))
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol)) return member;
        return null;
    }

    private IEnumerable<string> CandidateFiles(ISymbol symbol, Compilation compilation)
    {
        if (symbol.ContainingAssembly is not { } assembly) yield break;
        if (compilation.GetMetadataReference(assembly) is PortableExecutableReference { FilePath: { } path })
        {
            yield return Path.ChangeExtension(path, ".xml");
            // Localised docs sit in a culture folder; the runtime folder has none: its docs are in the reference pack.
            if (runtimeReferenceFolder is not null && IsRuntimeAssembly(path))
            {
                var own = Path.Combine(runtimeReferenceFolder, Path.GetFileNameWithoutExtension(path) + ".xml");
                yield return own;
                var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
                while (type?.ContainingType is not null) type = type.ContainingType;
                if (type?.OriginalDefinition.GetDocumentationCommentId() is { } typeId && runtimeTypeFiles.Value.TryGetValue(typeId, out var file) && file != own)
                    yield return file;
                else if (symbol is INamespaceSymbol) yield return Path.Combine(runtimeReferenceFolder, "System.Runtime.xml");
            }
        }
    }

    private static bool IsRuntimeAssembly(string path) =>
        path.Replace('\\', '/').Contains("/shared/Microsoft.NETCore.App/", StringComparison.Ordinal);

    /// <summary>The reference pack folder of the running runtime's version (or the newest one of its major version).</summary>
    private static string? FindRuntimeReferenceFolder()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        if (runtime is null) return null;
        var dotnet = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs)) return null;
        var framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        var exact = Path.Combine(packs, Path.GetFileName(runtime), "ref", framework);
        if (Directory.Exists(exact)) return exact;
        return Directory.GetDirectories(packs, $"{Environment.Version.Major}.*").Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "ref", framework)).LastOrDefault(Directory.Exists);
    }

    /// <summary>Which reference-pack file documents each runtime type ("T:" ids), found by scanning the files' member names.</summary>
    private Dictionary<string, string> IndexRuntimeTypes()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        if (runtimeReferenceFolder is null) return index;
        foreach (var file in Directory.GetFiles(runtimeReferenceFolder, "*.xml").Order(StringComparer.Ordinal))
        {
            string text;
            try { text = File.ReadAllText(file); }
            catch (IOException) { continue; }
            const string marker = "<member name=\"T:";
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                var start = at + marker.Length - 2;
                var end = text.IndexOf('"', start);
                if (end > start) index.TryAdd(text[start..end], file);
            }
        }
        return index;
    }

    private Dictionary<string, XElement>? Members(string file) => files.GetOrAdd(file, f => new Lazy<Dictionary<string, XElement>?>(() => Load(f))).Value;

    private static Dictionary<string, XElement>? Load(string file)
    {
        try
        {
            if (!File.Exists(file)) return null;
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var doc = XDocument.Load(reader);
            var members = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var member in doc.Descendants("member"))
                if (member.Attribute("name")?.Value is { } name) members.TryAdd(name, member);
            return members;
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException) { return null; }
    }

    private static SymbolDoc Read(XElement element, string source) => new(
        Text(element.Element("summary")),
        [.. element.Elements("param").Select(p => ((string?)p.Attribute("name") ?? "", Text(p)))],
        [.. element.Elements("typeparam").Select(p => ((string?)p.Attribute("name") ?? "", Text(p)))],
        Text(element.Element("returns")),
        Text(element.Element("value")),
        Text(element.Element("remarks")),
        [.. element.Elements("exception").Select(e => (Cref((string?)e.Attribute("cref") ?? ""), Text(e)))],
        Text(element.Element("example")),
        source);

    /// <summary>The text of a doc element: cross references by name, <c>&lt;para&gt;</c> and list items on their own lines, spaces collapsed.</summary>
    internal static string Text(XElement? element)
    {
        if (element is null) return "";
        var text = new StringBuilder();
        Append(element, text);
        var lines = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        return string.Join("\n", lines.Where((l, i) => l.Length > 0)).Trim();
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t: text.Append(t.Value.Replace('\n', ' ')); break;
                case XElement e when e.Name == "see" || e.Name == "seealso":
                    var label = e.Value.Length > 0 ? e.Value : (string?)e.Attribute("langword") ?? Cref((string?)e.Attribute("cref") ?? (string?)e.Attribute("href") ?? "");
                    text.Append(label);
                    break;
                case XElement e when e.Name == "paramref" || e.Name == "typeparamref": text.Append((string?)e.Attribute("name")); break;
                case XElement e when e.Name == "para" || e.Name == "br": text.Append('\n'); Append(e, text); text.Append('\n'); break;
                case XElement e when e.Name == "item": text.Append("\n- "); Append(e, text); break;
                case XElement e when e.Name == "code": text.Append('\n').Append(e.Value.Trim().Replace("\n", " ", StringComparison.Ordinal)).Append('\n'); break;
                case XElement e: Append(e, text); break;
            }
        }
    }

    /// <summary>A cref as a reader names it: <c>T:System.String</c> is String, <c>M:System.Console.WriteLine(System.String)</c> Console.WriteLine.</summary>
    internal static string Cref(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0) name = name[..paren];
        var parts = name.Split('.');
        var kind = cref.Length > 2 && cref[1] == ':' ? cref[0] : 'T';
        name = kind is 'T' or 'N' || parts.Length < 2 ? parts[^1] : parts[^2] + "." + parts[^1];
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick >= 0 ? name[..tick] : name;
    }
}
