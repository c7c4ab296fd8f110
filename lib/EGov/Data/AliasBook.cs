using FuzzySharp;

namespace EGov.Data;

/// <summary>
/// The alias table: every spelling of a country name with its ISO3 code and where it was seen. The importer builds it;
/// <see cref="Survey"/> looks names up in it. Names are compared by <see cref="NameKey"/>; one key may only ever mean one country.
/// </summary>
internal sealed class AliasBook
{
    private readonly Dictionary<string, string> iso3ByKey = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (string Iso3, SortedSet<string> SeenIn)> spellings = new(StringComparer.Ordinal);

    /// <summary>Adds a spelling; returns the ISO3 it already means when that differs (a conflict), else <c>null</c>.</summary>
    public string? Add(string spelling, string iso3, string seenIn)
    {
        var key = NameKey.Of(spelling);
        if (iso3ByKey.TryGetValue(key, out var existing) && existing != iso3) return existing;
        iso3ByKey[key] = iso3;
        var trimmed = spelling.Trim();
        if (!spellings.TryGetValue(trimmed, out var entry))
            spellings[trimmed] = entry = (iso3, new SortedSet<string>(StringComparer.Ordinal));
        foreach (var part in seenIn.Split("; ", StringSplitOptions.RemoveEmptyEntries)) entry.SeenIn.Add(part);
        return null;
    }

    /// <summary>The ISO3 code a name means, or <c>null</c>.</summary>
    public string? Resolve(string name) => iso3ByKey.GetValueOrDefault(NameKey.Of(name));

    /// <summary>
    /// Up to three known spellings closest to a name, as "Name (ISO3)". A spelling whose first difference from the name is
    /// a character outside printable ASCII (which may look the same: a Cyrillic о for a Latin o, an invisible character)
    /// also says where and which code points differ: "Côte d'Ivoire (CIV) [character 2: U+043E given, U+00F4 here]".
    /// </summary>
    public IReadOnlyList<string> Suggest(string name)
    {
        if (spellings.Count == 0) return [];
        return Process.ExtractTop(NameKey.Of(name), spellings.Keys, NameKey.Of, limit: 3)
            .Where(r => r.Score >= 50)
            .Select(r => $"{r.Value} ({spellings[r.Value].Iso3})" + Difference(name, r.Value))
            .ToList();
    }

    /// <summary>Where a name first differs from a spelling, in code points, when that difference may not be visible; else "".</summary>
    internal static string Difference(string name, string spelling)
    {
        var given = LatinComposition.Compose(name.Trim());
        var i = 0;
        while (i < given.Length && i < spelling.Length && given[i] == spelling[i]) i++;
        if (i == given.Length && i == spelling.Length) return "";
        static bool Plain(string s, int at) => at >= s.Length || s[at] is >= ' ' and <= '~';
        if (Plain(given, i) && Plain(spelling, i)) return "";
        static string Code(string s, int at) => at < s.Length ? $"U+{(int)s[at]:X4}" : "nothing";
        return $" [character {i + 1}: {Code(given, i)} given, {Code(spelling, i)} here]";
    }

    /// <summary>The table, sorted by spelling (ordinal).</summary>
    public IReadOnlyList<CountryAlias> ToAliases() =>
        spellings.Select(s => new CountryAlias(s.Key, s.Value.Iso3, string.Join("; ", s.Value.SeenIn))).ToList();
}
