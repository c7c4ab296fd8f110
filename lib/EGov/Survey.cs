using Deedle;
using EGov.Data;

namespace EGov;

/// <summary>
/// The UN E-Government Survey, every edition and member state, as Deedle frames. Start with <see cref="Load()"/>:
/// <code>var survey = Survey.Load(); var panel = survey.Panel; var y2020 = survey.Edition(2020);</code>
/// Index columns are doubles with missing values where a country was not assessed (never 0).
/// </summary>
public sealed class Survey
{
    private readonly Dictionary<string, Country> countriesByIso3;
    private readonly Lazy<AliasBook> names;
    private readonly Lazy<Frame<Tuple<int, string>, string>> panel;
    private readonly Lazy<Frame<string, string>> countries;
    private readonly Lazy<Frame<int, string>> qualityFlagFrame;
    private readonly HashSet<(int, string, string)> flagged;

    private Survey(SurveyDataset dataset)
    {
        Dataset = dataset;
        countriesByIso3 = dataset.Countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        // Built on the first name lookup: most uses pass ISO3 codes or none, and building it is a tenth of a warm load.
        names = new Lazy<AliasBook>(() =>
        {
            var book = new AliasBook();
            foreach (var alias in dataset.Aliases) book.Add(alias.Alias, alias.Iso3, alias.SeenIn);
            foreach (var country in dataset.Countries) book.Add(country.Iso3, country.Iso3, "ISO3");
            return book;
        });
        panel = new Lazy<Frame<Tuple<int, string>, string>>(() => SurveyFrames.Panel(dataset.Records, countriesByIso3));
        countries = new Lazy<Frame<string, string>>(() => SurveyFrames.Countries(dataset.Countries));
        qualityFlagFrame = new Lazy<Frame<int, string>>(() => SurveyFrames.QualityFlags(dataset.QualityFlags));
        flagged = dataset.QualityFlags.Select(f => (f.Edition, f.Iso3, f.Field)).ToHashSet();
    }

    /// <summary>The survey from the data embedded in EGov.dll (data/ of this project); needs no path.</summary>
    public static Survey Load() => new(DatasetStore.ReadEmbedded());

    /// <summary>The survey from a folder of canonical files (as written by <c>egov import</c>).</summary>
    /// <exception cref="DataValidationException">A file is missing or breaks a rule; the exception lists every problem.</exception>
    public static Survey Load(string dataDirectory) => new(DatasetStore.ReadDirectory(dataDirectory));

    /// <summary>The survey over a dataset already in memory, for example the result of an import.</summary>
    public static Survey FromDataset(SurveyDataset dataset) => new(dataset ?? throw new ArgumentNullException(nameof(dataset)));

    /// <summary>The records, countries, aliases and sources behind the frames.</summary>
    public SurveyDataset Dataset { get; }

    /// <summary>The editions, oldest first.</summary>
    public IReadOnlyList<int> Editions => Dataset.Editions;

    /// <summary>What the data holds edition by edition: countries, assessed and not, mean EGDI, the EGDI's largest deviation from its components, flags and source; <c>.ToFrame()</c> gives the table.</summary>
    public IReadOnlyList<EditionSummary> EditionSummaries() => EditionSummary.Of(Dataset);

    /// <summary>
    /// Every edition and country: rows keyed by (edition, ISO3), sorted; columns <see cref="SurveyColumns"/>: the name as
    /// published, region, sub-region, income group and development status (2018), EGDI, OSI, HCI, TII, EPI, EGDI rank and level.
    /// </summary>
    public Frame<Tuple<int, string>, string> Panel => panel.Value;

    /// <summary>The countries table as records, sorted by ISO3; as a frame: <see cref="CountriesFrame"/>.</summary>
    public IReadOnlyList<Country> Countries => Dataset.Countries;

    /// <summary>The countries table as a frame keyed by ISO3: name, region, sub-region, income group and development status (2018).</summary>
    public Frame<string, string> CountriesFrame => countries.Value;

    /// <summary>
    /// The countries of one region or sub-region (as the UN names them, e.g. "Africa", "Northern Europe"), sorted by ISO3;
    /// e.g. a region's rows of a ranking: <c>ranking.RanksOf(survey.CountriesIn("Africa"))</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Neither a region nor a sub-region; the message lists them.</exception>
    public IReadOnlyList<Country> CountriesIn(string regionOrSubRegion)
    {
        ArgumentNullException.ThrowIfNull(regionOrSubRegion);
        var members = Dataset.Countries.Where(c => c.Region == regionOrSubRegion || c.SubRegion == regionOrSubRegion).ToList();
        if (members.Count == 0)
        {
            var regions = Dataset.Countries.Select(c => c.Region).Distinct().Order(StringComparer.Ordinal);
            var subRegions = Dataset.Countries.Select(c => c.SubRegion).Distinct().Order(StringComparer.Ordinal);
            throw new ArgumentException($"No region or sub-region '{regionOrSubRegion}'; the regions are {string.Join(", ", regions)}; "
                + $"the sub-regions are {string.Join(", ", subRegions)}.", nameof(regionOrSubRegion));
        }
        return members;
    }

    /// <summary>
    /// Published values to be used with care (data/quality-flags.csv): a zero that stands for missing data, a value above 1,
    /// an EGDI or rank computed from them, ... Each names the edition, country, field (a column of egdi.csv), flag and reason;
    /// analyses can leave flagged values out (<see cref="IsFlagged(int, string, string)"/>). As a frame: <see cref="QualityFlagsFrame"/>.
    /// </summary>
    public IReadOnlyList<QualityFlag> QualityFlags => Dataset.QualityFlags;

    /// <summary><see cref="QualityFlags"/> as a frame with a row number key and the columns of <see cref="QualityFlag.Columns"/>.</summary>
    public Frame<int, string> QualityFlagsFrame => qualityFlagFrame.Value;

    /// <summary>True when a value is flagged; <paramref name="field"/> is a column of egdi.csv (egdi, osi, hci, tii, epi, egdi_rank).</summary>
    public bool IsFlagged(int edition, string iso3, string field) => flagged.Contains((edition, iso3, field));

    /// <summary>True when one index of one country and edition is flagged.</summary>
    public bool IsFlagged(int edition, string iso3, SurveyIndex index) => IsFlagged(edition, iso3, SurveySchema.Of(index).Field);

    /// <summary>One edition keyed by ISO3, with the same columns as <see cref="Panel"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not in the data.</exception>
    public Frame<string, string> Edition(int edition)
    {
        if (!Editions.Contains(edition))
            throw new ArgumentOutOfRangeException(nameof(edition), edition, $"No edition {edition}; the editions are {string.Join(", ", Editions)}.");
        return SurveyFrames.Panel(Dataset.Records.Where(r => r.Edition == edition), countriesByIso3, r => r.Iso3);
    }

    /// <summary>
    /// One country's rows of <see cref="Panel"/> across editions, keyed by edition. Accepts an ISO3 code or any known spelling
    /// of the name. Its row of the countries table: <see cref="Country(string)"/>.
    /// </summary>
    /// <exception cref="UnknownCountryException">Neither a code nor a known name; the message lists close matches.</exception>
    public Frame<int, string> CountryFrame(string iso3OrName)
    {
        var iso3 = Iso3Of(iso3OrName);
        return SurveyFrames.Panel(Dataset.Records.Where(r => r.Iso3 == iso3), countriesByIso3, r => r.Edition);
    }

    /// <summary>One index of one country across editions (missing where not assessed).</summary>
    public Series<int, double> CountrySeries(string iso3OrName, SurveyIndex index) =>
        CountryFrame(iso3OrName).GetColumn<double>(SurveyColumns.Of(index));

    /// <summary>The countries-table row (a record) of a country given by ISO3 code or name; its survey rows: <see cref="CountryFrame(string)"/>.</summary>
    /// <exception cref="UnknownCountryException">Neither a code nor a known name; the message lists close matches.</exception>
    public Country Country(string iso3OrName) => countriesByIso3[Iso3Of(iso3OrName)];

    /// <summary>The ISO3 code for a code or any known spelling of a name (case and surrounding spaces ignored).</summary>
    /// <exception cref="UnknownCountryException">Not a member state; the message lists close matches.</exception>
    public string Iso3Of(string iso3OrName)
    {
        ArgumentNullException.ThrowIfNull(iso3OrName);
        var trimmed = iso3OrName.Trim().ToUpperInvariant();
        if (countriesByIso3.ContainsKey(trimmed)) return trimmed;
        return names.Value.Resolve(iso3OrName) ?? throw new UnknownCountryException(iso3OrName, names.Value.Suggest(iso3OrName));
    }

    /// <summary>The record of one country in one edition, or <c>null</c> when the edition is not in the data.</summary>
    public EditionRecord? Record(int edition, string iso3OrName)
    {
        var iso3 = Iso3Of(iso3OrName);
        return Dataset.Records.FirstOrDefault(r => r.Edition == edition && r.Iso3 == iso3);
    }
}
