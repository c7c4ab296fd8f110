using System.Text.Json;

namespace EGov.Analysis;

/// <summary>
/// Reads findings files: JSON with <c>name</c>, <c>source</c> and <c>claims</c> (see <see cref="Claim"/>; property names in
/// snake_case). The files in data/findings/ are embedded in EGov.dll as "EGov.Findings.&lt;name&gt;.json".
/// </summary>
public static class Findings
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The name of the claims file on the China 2020 report (中国政府采购报 2020-07-28).</summary>
    public const string China2020 = "china-2020";

    /// <summary>A findings file embedded in EGov.dll, e.g. <see cref="China2020"/>.</summary>
    /// <exception cref="KeyNotFoundException">No embedded findings with that name.</exception>
    public static ClaimSet LoadEmbedded(string name = China2020)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var stream = typeof(Findings).Assembly.GetManifestResourceStream($"EGov.Findings.{name}.json")
            ?? throw new KeyNotFoundException($"No embedded findings '{name}'.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses a findings file.</summary>
    /// <exception cref="FormatException">Not valid findings JSON, or a claim lacks id, text, source or compute.</exception>
    public static ClaimSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ClaimSet? set;
        try
        {
            set = JsonSerializer.Deserialize<ClaimSet>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException("Not a valid findings file: " + e.Message, e);
        }
        if (set?.Claims is null) throw new FormatException("A findings file needs \"claims\".");
        foreach (var claim in set.Claims)
        {
            if (string.IsNullOrWhiteSpace(claim.Id) || string.IsNullOrWhiteSpace(claim.Text) || string.IsNullOrWhiteSpace(claim.Source) || claim.Compute is null)
                throw new FormatException($"Claim '{claim.Id}' needs id, text, source and compute.");
        }
        return set;
    }
}
