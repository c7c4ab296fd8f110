namespace EGov.Data;

/// <summary>File names and headers of the canonical dataset in data/ (documented in data/README.md).</summary>
public static class CanonicalFormat
{
    /// <summary>One row per (edition, ISO3).</summary>
    public const string EgdiFile = "egdi.csv";
    /// <summary>One row per member state.</summary>
    public const string CountriesFile = "countries.csv";
    /// <summary>One row per name spelling.</summary>
    public const string AliasesFile = "country-aliases.csv";
    /// <summary>One row per flagged value.</summary>
    public const string QualityFlagsFile = "quality-flags.csv";
    /// <summary>The Frictionless data-package manifest.</summary>
    public const string ManifestFile = "datapackage.json";

    /// <summary>Columns of <see cref="EgdiFile"/>: edition, iso3, country_name, then <see cref="SurveySchema.ValueFields"/>.</summary>
    public static readonly IReadOnlyList<string> EgdiHeader = ["edition", "iso3", "country_name", .. SurveySchema.ValueFields];
    /// <summary>Columns of <see cref="CountriesFile"/>: iso3, name, the columns of <see cref="SurveySchema.Classifications"/>, then <see cref="SurveySchema.M49Columns"/>.</summary>
    public static readonly IReadOnlyList<string> CountriesHeader =
        ["iso3", "name", .. SurveySchema.Classifications.Select(c => c.Column), .. SurveySchema.M49Columns];
    /// <summary>Columns of <see cref="AliasesFile"/>.</summary>
    public static readonly IReadOnlyList<string> AliasesHeader = ["alias", "iso3", "seen_in"];

    /// <summary>Columns of <see cref="QualityFlagsFile"/>.</summary>
    public static readonly IReadOnlyList<string> QualityFlagsHeader = ["edition", "iso3", "field", "flag", "reason"];

    /// <summary>A column of <see cref="EgdiFile"/> with its 1-based number, as problem reports locate it, e.g. ("egdi", 4).</summary>
    /// <exception cref="ArgumentException">Not a column of the file.</exception>
    public static (string Name, int Number) EgdiColumn(string name)
    {
        for (var i = 0; i < EgdiHeader.Count; i++)
            if (EgdiHeader[i] == name) return (name, i + 1);
        throw new ArgumentException($"'{name}' is not a column of {EgdiFile}.", nameof(name));
    }

    /// <summary>The CSV files, in the order they are written and listed in the manifest.</summary>
    public static readonly IReadOnlyList<string> CsvFiles = [EgdiFile, CountriesFile, AliasesFile, QualityFlagsFile];
}
