using System.Globalization;
using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>A country across every edition: values, ranks, level group, regional comparison and sub-region peers.</summary>
/// <param name="Country">The countries-table row (ISO3, name, region, sub-region, income group, development status).</param>
/// <param name="Coverage">The editions in which the country was assessed; Countries = 1; Excluded = editions where it was not.</param>
/// <param name="Editions">One row per edition of the data, oldest first (values <c>null</c> where not assessed).</param>
/// <param name="SubRegionPeers">The other members of the sub-region, ISO3 order.</param>
public sealed record CountryProfile(Country Country, Coverage Coverage, IReadOnlyList<ProfileEdition> Editions, IReadOnlyList<Country> SubRegionPeers)
{
    /// <summary>The column names of <see cref="ToFrame()"/>, besides the index columns of <see cref="SurveyColumns"/>.</summary>
    public static class Columns
    {
        /// <summary>The EGDI rank the UN published.</summary>
        public const string PublishedRank = "PublishedRank";

        /// <summary>The competition rank of the EGDI.</summary>
        public const string CompetitionRank = "CompetitionRank";

        /// <summary>The dense rank of the EGDI.</summary>
        public const string DenseRank = "DenseRank";

        /// <summary>The level group of the EGDI.</summary>
        public const string Level = "Level";

        /// <summary>The mean EGDI of the country's region.</summary>
        public const string RegionMean = "RegionMean";

        /// <summary>The mean EGDI of the country's sub-region.</summary>
        public const string SubRegionMean = "SubRegionMean";

        /// <summary>The mean EGDI of the world.</summary>
        public const string WorldMean = "WorldMean";
    }

    /// <summary>Whether flagged values were left out of the means and the highlights (<see cref="FlaggedValues"/>).</summary>
    public FlaggedValues Flagged { get; init; }

    /// <summary>
    /// The flagged EGDIs left out of the regional, sub-regional and world means and of the highlights (this country's and
    /// others'), in the order of data/quality-flags.csv.
    /// </summary>
    public IReadOnlyList<QualityFlag> Excluded { get; init; } = [];

    /// <summary>This country's own quality flags in every edition, any kind (the values in <see cref="ToFrame"/> are as published).</summary>
    public IReadOnlyList<QualityFlag> Flags => Editions.SelectMany(e => e.Flags).ToList();

    /// <summary><see cref="Flags"/> as a frame (<see cref="ExcludedValues.ToFrame"/>): edition, iso3, field, flag, reason.</summary>
    public Frame<int, string> FlagsFrame() => ExcludedValues.ToFrame(Flags);

    /// <summary><see cref="Excluded"/> for printed output, one line per field, flag and edition (<see cref="ExcludedValues.Report"/>).</summary>
    public string LeftOut => ExcludedValues.Report(Excluded);

    /// <summary>The row of one edition.</summary>
    /// <exception cref="KeyNotFoundException">The edition is not in the data.</exception>
    public ProfileEdition Edition(int edition) =>
        Editions.FirstOrDefault(e => e.Edition == edition) ?? throw new KeyNotFoundException($"No edition {edition}.");

    /// <summary>
    /// A frame keyed by edition: EGDI, OSI, HCI, TII, EPI, PublishedRank, CompetitionRank, DenseRank, Level, RegionMean,
    /// SubRegionMean, WorldMean.
    /// </summary>
    public Frame<int, string> ToFrame() =>
        new TableBuilder<ProfileEdition, int>(Editions, e => e.Edition)
            .Number(SurveyColumns.Egdi, e => (double?)e.Egdi)
            .Number(SurveyColumns.Osi, e => (double?)e.Osi)
            .Number(SurveyColumns.Hci, e => (double?)e.Hci)
            .Number(SurveyColumns.Tii, e => (double?)e.Tii)
            .Number(SurveyColumns.Epi, e => (double?)e.Epi)
            .Integer(Columns.PublishedRank, e => e.PublishedEgdiRank)
            .Integer(Columns.CompetitionRank, e => e.CompetitionRank)
            .Integer(Columns.DenseRank, e => e.DenseRank)
            .Text(Columns.Level, e => e.Level?.Label())
            .Number(Columns.RegionMean, e => e.RegionMean)
            .Number(Columns.SubRegionMean, e => e.SubRegionMean)
            .Number(Columns.WorldMean, e => e.WorldMean)
            .Frame;

    /// <summary>
    /// The profile's main results in sentences, computed from <see cref="Editions"/>: the EGDI and published rank in the first
    /// and last editions assessed, the current level group and since when it has held, how often the country was above its
    /// region's mean, and its largest rise between consecutive editions. Values with 4 decimals, as published. By default
    /// (<see cref="Flagged"/>) editions whose EGDI is flagged are left out, and a last line says which and why.
    /// </summary>
    public IReadOnlyList<string> Highlights()
    {
        var leftOut = Editions.Where(e => e.Egdi is not null && Flagged == FlaggedValues.Exclude && e.EgdiExcluded).ToList();
        var assessed = Editions.Where(e => e.Egdi is not null && !leftOut.Contains(e)).ToList();
        if (assessed.Count == 0)
            return [leftOut.Count == 0 ? $"{Country.Name} was not assessed in any edition." : $"{Country.Name} has no EGDI usable across editions. {LeftOutLine(leftOut)}"];
        var (first, last) = (assessed[0], assessed[^1]);
        var lines = new List<string>
        {
            $"{Country.Name}'s EGDI went from {F(first.Egdi!.Value)} in {first.Edition} (published rank {first.PublishedEgdiRank}) " +
            $"to {F(last.Egdi!.Value)} in {last.Edition} (rank {last.PublishedEgdiRank}); levels of editions with different methods, so the ranks are the safer comparison.",
        };
        var since = last.Edition;
        for (var i = assessed.Count - 1; i >= 0 && assessed[i].Level == last.Level; i--) since = assessed[i].Edition;
        lines.Add($"Level group in {last.Edition}: {last.Level!.Value.Label()}, in every edition assessed since {since}.");
        var above = assessed.Count(e => (double)e.Egdi!.Value > e.RegionMean);
        lines.Add($"Above the {Country.Region} mean EGDI in {above} of {assessed.Count} editions assessed; in {last.Edition} by " +
            $"{((double)last.Egdi.Value - last.RegionMean!.Value).ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture)}.");
        if (assessed.Count >= 2)
        {
            var step = assessed.Zip(assessed.Skip(1)).MaxBy(p => p.Second.Egdi!.Value - p.First.Egdi!.Value);
            lines.Add($"Largest change between consecutive editions assessed: {(step.Second.Egdi!.Value - step.First.Egdi!.Value).ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture)} " +
                $"from {step.First.Edition} to {step.Second.Edition} (part of any step between editions can be a change of method).");
        }
        if (leftOut.Count > 0) lines.Add(LeftOutLine(leftOut));
        return lines;
    }

    private static string LeftOutLine(IReadOnlyList<ProfileEdition> leftOut) =>
        "Left out of these comparisons as flagged (data/quality-flags.csv): " +
        ExcludedValues.List(leftOut.SelectMany(e => e.Flags).Where(f => f.Field == FlagFilter.FieldOf(SurveyIndex.Egdi) && f.Flag.Excludes())) + ".";

    private static string F(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
