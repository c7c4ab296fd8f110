using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EGov.Data;

/// <summary>
/// The machine-readable manifest <c>datapackage.json</c>, in the Frictionless data-package style: for each file its schema
/// (types, required, ranges, primary and foreign keys), sources, terms, sha256 and how it was derived.
/// </summary>
public static class DataPackageManifest
{
    private const string DataCenter = "https://publicadministration.un.org/egovkb/en-us/Data-Center";

    /// <summary>Renders the manifest for a dataset whose CSV files have the given bytes.</summary>
    public static byte[] Render(SurveyDataset dataset, IReadOnlyDictionary<string, byte[]> csvFiles)
    {
        var editions = dataset.Editions;
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "un-e-government-survey",
            ["title"] = $"UN E-Government Survey {Span(editions)}: indices and ranks of the {SurveySchema.MemberStates} UN member states",
            ["description"] = "Canonical files derived by `egov import` from the UN E-Government Knowledgebase Data Center exports; see README.md beside this file.",
            ["licenses"] = new JsonArray(new JsonObject
            {
                ["name"] = "UN-terms-of-use",
                ["title"] = "United Nations terms of use (the data's publisher, UN DESA); no other licence is added",
                ["path"] = "https://www.un.org/en/about-us/terms-of-use",
            }),
            ["sources"] = new JsonArray(
                new JsonObject { ["title"] = "UN DESA, United Nations E-Government Survey, data exported from the UN E-Government Knowledgebase Data Center", ["path"] = DataCenter },
                new JsonObject { ["title"] = "UNU-EGOV datasets repository (country classification as of 2018, ISO3 codes)", ["path"] = "https://github.com/UNU-EGOV/datasets" }),
            ["resources"] = new JsonArray(
                Resource(CanonicalFormat.EgdiFile, csvFiles, "egdi",
                    "One row per edition and member state: the indices and the EGDI rank as published, not-assessed placeholders as missing values.",
                    "Read from the UN exports named in x-editions (name resolved to ISO3 through country-aliases.csv; surrounding spaces of names removed); " +
                    $"a row that says 'not assessed' as a whole ({Span(NotAssessedRule.Editions)} only: EGDI 0 or blank, the shared last rank or none, OSI or HCI 0 or blank) has its EGDI, rank and zero indices left empty; " +
                    "values are kept with their published decimals; ranks were checked against the EGDI order; " +
                    "every other file of the same edition was checked to agree value by value.",
                    EgdiSchema(editions),
                    new JsonArray(editionsSources(dataset).ToArray())),
                Resource(CanonicalFormat.CountriesFile, csvFiles, "countries",
                    "One row per member state: display name, UN region and sub-region, income group and development status as of 2018.",
                    "ISO3, region, sub-region, income group and development status from UNU-EGOV countries-data.csv (2018); the name is the one used in the latest edition.",
                    CountriesSchema(), null),
                Resource(CanonicalFormat.AliasesFile, csvFiles, "country-aliases",
                    "Every spelling of a country name seen in any source, with the country it means.",
                    "Names seen next to an ISO3 code in a source; names of the UN exports that no such source spells alike were linked to the one row of an ISO3-bearing source of the same edition with identical values (seen_in says so).",
                    AliasesSchema(), null),
                Resource(CanonicalFormat.QualityFlagsFile, csvFiles, "quality-flags",
                    "One row per published value that is kept but should not be taken at face value (a zero that stands for missing data, a value above 1, an EGDI or rank computed from them, ...), with the reason.",
                    "Derived from egdi.csv by the importer's quality rules (QualityRules; data/README.md, \"Quality flags\"); written with the other files in the same atomic step.",
                    QualityFlagsSchema(), null)),
        };
        var json = package.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n");

        IEnumerable<JsonNode?> editionsSources(SurveyDataset d) => d.Sources.OrderBy(s => s.Edition).Select(s => (JsonNode?)new JsonObject
        {
            ["edition"] = s.Edition,
            ["source"] = s.Source,
            ["crossChecked"] = new JsonArray(s.CrossChecked.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        });
    }

    /// <summary>The per-edition sources recorded in a manifest (empty when it has none).</summary>
    /// <exception cref="FormatException">The manifest's sources are malformed.</exception>
    public static IReadOnlyList<EditionSource> ReadEditionSources(byte[] manifest)
    {
        try
        {
            var root = JsonNode.Parse(manifest);
            var egdi = root?["resources"]?.AsArray().FirstOrDefault(r => (string?)r?["name"] == "egdi");
            if (egdi?["x-editions"] is not JsonArray editions) return [];
            return editions.Where(e => e is not null).Select(e => new EditionSource(
                (int)e!["edition"]!, (string)e["source"]!,
                e["crossChecked"]?.AsArray().Select(c => (string)c!).ToList() ?? [])).ToList();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            throw new FormatException("the manifest's x-editions are malformed: " + e.Message, e);
        }
    }

    /// <summary>
    /// Checks the sha256 recorded for each CSV file against the files' bytes; a manifest that is not valid JSON, or that
    /// lists no checksum for one of the files, is a problem too.
    /// </summary>
    public static IEnumerable<ValidationProblem> VerifyChecksums(string manifestPath, byte[] manifest, IReadOnlyDictionary<string, byte[]> csvFiles)
    {
        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        string? broken = null;
        try
        {
            foreach (var resource in JsonNode.Parse(manifest)?["resources"]?.AsArray() ?? [])
                if ((string?)resource?["path"] is { } path && (string?)resource?["hash"] is { } hash) recorded[path] = hash;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            broken = e.Message;
        }
        if (broken is not null)
        {
            yield return new ValidationProblem(manifestPath, 0, 0, "", "", ValidationRule.ChecksumMismatch,
                $"the manifest is not valid JSON with resources[].path and hash ({broken}); rebuild data/ with `egov import`");
            yield break;
        }
        foreach (var (path, bytes) in csvFiles.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!recorded.TryGetValue(path, out var hash))
            {
                yield return new ValidationProblem(manifestPath, 0, 0, "", path, ValidationRule.ChecksumMismatch,
                    "the manifest lists no checksum for the file; rebuild data/ with `egov import`");
                continue;
            }
            var actual = Sha256(bytes);
            if (!string.Equals(hash, actual, StringComparison.Ordinal))
                yield return new ValidationProblem(manifestPath, 0, 0, "", path, ValidationRule.ChecksumMismatch,
                    $"the manifest records {Printable.Value(hash, 90)} but the file has {actual}; rebuild data/ with `egov import` rather than editing files by hand");
        }
    }

    /// <summary>"sha256:" followed by the lower-case hex digest.</summary>
    public static string Sha256(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static JsonObject Resource(string path, IReadOnlyDictionary<string, byte[]> files, string name, string description, string derivation, JsonObject schema, JsonArray? editions)
    {
        var resource = new JsonObject
        {
            ["name"] = name,
            ["path"] = path,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["bytes"] = files[path].Length,
            ["hash"] = Sha256(files[path]),
            ["description"] = description,
            ["x-derivation"] = derivation,
            ["schema"] = schema,
        };
        if (editions is not null) resource["x-editions"] = editions;
        return resource;
    }

    private static JsonObject Field(string name, string type, string description, bool required, JsonObject? constraints = null)
    {
        var c = constraints ?? new JsonObject();
        c["required"] = required;
        return new JsonObject { ["name"] = name, ["type"] = type, ["description"] = description, ["constraints"] = c };
    }

    /// <summary>The field of an index, its description and range from <see cref="SurveySchema"/>.</summary>
    private static JsonObject IndexField(IndexDefinition index)
    {
        var description = index.Index == SurveyIndex.Egdi
            ? $"{index.Name}, the mean of {And(SurveySchema.EgdiComponents.Select(c => SurveySchema.Of(c).Field))} within the tolerance measured per edition (data/README.md)"
            : index.Name;
        var range = $"In [0, {Number(index.Maximum)}]" + (index.MaximumByEdition.Count == 0 ? ""
            : $" except in {And(index.MaximumByEdition.Keys.Order().Select(e => e.ToString(CultureInfo.InvariantCulture)))}, when two values above {Number(index.Maximum)} were published (probable data errors, flagged in quality-flags.csv)");
        return Field(index.Field, "number", $"{description}. {range}. Empty when not assessed.", false,
            new JsonObject { ["minimum"] = 0, ["maximum"] = index.HighestMaximum });
    }

    private static JsonObject EnumOf(Classification classification) =>
        new() { ["enum"] = new JsonArray(classification.Values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };

    /// <summary>"2003-2024" (or "2024" for one edition).</summary>
    private static string Span(IEnumerable<int> editions)
    {
        var list = editions.Order().ToList();
        return list.Count == 0 ? "" : list[0] == list[^1] ? $"{list[0]}" : $"{list[0]}-{list[^1]}";
    }

    private static string And(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonObject EgdiSchema(IReadOnlyList<int> editions) => new()
    {
        ["fields"] = new JsonArray(
        [
            Field("edition", "integer", "Survey edition (year of publication).", true, new JsonObject { ["enum"] = new JsonArray(editions.Select(e => (JsonNode?)e).ToArray()) }),
            Field("iso3", "string", "ISO 3166-1 alpha-3 code.", true, new JsonObject { ["pattern"] = "[A-Z]{3}" }),
            Field("country_name", "string", "Country name as published in the source export, surrounding spaces removed.", true),
            .. SurveySchema.Indices.Select(IndexField),
            Field(SurveySchema.RankField, "integer", "Published EGDI rank (1 = highest); empty when not assessed.", false, new JsonObject { ["minimum"] = 1 }),
        ]),
        ["primaryKey"] = new JsonArray("edition", "iso3"),
        ["foreignKeys"] = new JsonArray(new JsonObject
        {
            ["fields"] = "iso3",
            ["reference"] = new JsonObject { ["resource"] = "countries", ["fields"] = "iso3" },
        }),
        ["missingValues"] = new JsonArray(""),
    };

    private static JsonObject CountriesSchema() => new()
    {
        ["fields"] = new JsonArray(
            Field("iso3", "string", "ISO 3166-1 alpha-3 code.", true, new JsonObject { ["pattern"] = "[A-Z]{3}", ["unique"] = true }),
            Field("name", "string", "Display name: the name used in the latest edition.", true),
            Field(SurveySchema.Regions.Column, "string", "UN region as used by the survey.", true, EnumOf(SurveySchema.Regions)),
            Field(SurveySchema.SubRegions.Column, "string",
                $"The survey's sub-region ({SurveySchema.SubRegions.Values.Count}), named as M49 names it: M49's intermediate region where it has one (in Sub-Saharan Africa and in Latin America and the Caribbean), else M49's sub-region.",
                true, EnumOf(SurveySchema.SubRegions)),
            Field(SurveySchema.IncomeGroups.Column, "string", "World Bank income group as of 2018.", true, EnumOf(SurveySchema.IncomeGroups)),
            Field(SurveySchema.DevelopmentStatuses.Column, "string", "Developed or developing, as of 2018.", true, EnumOf(SurveySchema.DevelopmentStatuses)),
            Field("m49", "string", "UNSD M49 code of the country (three digits).", false, new JsonObject { ["pattern"] = "[0-9]{3}" }),
            Field("region_code", "string", "M49 code of the region.", false, new JsonObject { ["pattern"] = "[0-9]{3}" }),
            Field("sub_region_code", "string", "M49 code of sub_region (an intermediate region's code where sub_region is one).", false, new JsonObject { ["pattern"] = "[0-9]{3}" }),
            Field("m49_sub_region", "string", "M49's sub-region proper (17 for the member states, e.g. Sub-Saharan Africa).", false),
            Field("m49_sub_region_code", "string", "M49 code of m49_sub_region.", false, new JsonObject { ["pattern"] = "[0-9]{3}" }),
            Field("region_zh", "string", "The region's Chinese name in M49's Chinese list.", false),
            Field("sub_region_zh", "string", "The Chinese name of sub_region in M49's Chinese list.", false),
            Field("ldc", "boolean", "Least developed country in the M49 file (the list changes: see data/README.md for the file's date).", false),
            Field("lldc", "boolean", "Landlocked developing country in the M49 file.", false),
            Field("sids", "boolean", "Small island developing state in the M49 file.", false)),
        ["primaryKey"] = new JsonArray("iso3"),
        ["missingValues"] = new JsonArray(""),
    };

    private static JsonObject QualityFlagsSchema() => new()
    {
        ["fields"] = new JsonArray(
            Field("edition", "integer", "Survey edition.", true),
            Field("iso3", "string", "ISO 3166-1 alpha-3 code.", true, new JsonObject { ["pattern"] = "[A-Z]{3}" }),
            Field("field", "string", "The column of egdi.csv holding the flagged value.", true,
                new JsonObject { ["enum"] = new JsonArray(SurveySchema.ValueFields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()) }),
            Field("flag", "string", "What is wrong with the value.", true,
                new JsonObject { ["enum"] = new JsonArray(Enum.GetValues<QualityFlagKind>().Select(k => (JsonNode?)JsonValue.Create(k.Code())).ToArray()) }),
            Field("reason", "string", "The evidence, generated from the data.", true)),
        ["primaryKey"] = new JsonArray("edition", "iso3", "field", "flag"),
        ["foreignKeys"] = new JsonArray(new JsonObject
        {
            ["fields"] = new JsonArray("edition", "iso3"),
            ["reference"] = new JsonObject { ["resource"] = "egdi", ["fields"] = new JsonArray("edition", "iso3") },
        }),
        ["missingValues"] = new JsonArray(),
    };

    private static JsonObject AliasesSchema() => new()
    {
        ["fields"] = new JsonArray(
            Field("alias", "string", "A spelling of a country name, surrounding spaces removed; matched case-insensitively.", true, new JsonObject { ["unique"] = true }),
            Field("iso3", "string", "The country it means.", true, new JsonObject { ["pattern"] = "[A-Z]{3}" }),
            Field("seen_in", "string", "The kinds of source the spelling was seen in.", true)),
        ["primaryKey"] = new JsonArray("alias"),
        ["foreignKeys"] = new JsonArray(new JsonObject
        {
            ["fields"] = "iso3",
            ["reference"] = new JsonObject { ["resource"] = "countries", ["fields"] = "iso3" },
        }),
        ["missingValues"] = new JsonArray(),
    };
}
