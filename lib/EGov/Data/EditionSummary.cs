namespace EGov.Data;

/// <summary>What the dataset holds for one edition (<see cref="Of"/>; printed by <c>egov summary</c>).</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Countries">Rows of the edition (every member state once).</param>
/// <param name="Assessed">Countries with an EGDI.</param>
/// <param name="NotAssessed">Countries without one (data/README.md, "Not assessed").</param>
/// <param name="MeanEgdi">Mean EGDI of the assessed countries, or <c>null</c> when none was assessed.</param>
/// <param name="MaxEgdiDeviation">Largest |EGDI - (OSI + HCI + TII) / 3| over the rows with all four values (<see cref="EgdiConsistency.Deviation"/>), or <c>null</c> when none has them.</param>
/// <param name="EgdiTolerance">The deviation allowed in the edition (<see cref="EgdiConsistency.ToleranceFor"/>).</param>
/// <param name="QualityFlags">Values of the edition flagged in <see cref="SurveyDataset.QualityFlags"/>.</param>
/// <param name="Source">The file the edition's rows came from (empty when the dataset does not say).</param>
public sealed record EditionSummary(
    int Edition,
    int Countries,
    int Assessed,
    int NotAssessed,
    decimal? MeanEgdi,
    decimal? MaxEgdiDeviation,
    decimal EgdiTolerance,
    int QualityFlags,
    string Source)
{
    /// <summary>The column names of <see cref="ResultFrames.ToFrame(IEnumerable{EditionSummary})"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of member states in the edition.</summary>
        public const string Countries = "Countries";

        /// <summary>The number of countries assessed.</summary>
        public const string Assessed = "Assessed";

        /// <summary>The number of countries not assessed.</summary>
        public const string NotAssessed = "NotAssessed";

        /// <summary>The mean EGDI of the countries assessed.</summary>
        public const string MeanEgdi = "MeanEgdi";

        /// <summary>The EGDI's largest deviation from the mean of its components.</summary>
        public const string MaxEgdiDeviation = "MaxEgdiDeviation";

        /// <summary>The deviation the rounding of the edition allows.</summary>
        public const string EgdiTolerance = "EgdiTolerance";

        /// <summary>The number of quality flags in the edition.</summary>
        public const string QualityFlags = "QualityFlags";

        /// <summary>The source of the edition.</summary>
        public const string Source = "Source";
    }

    /// <summary>One summary per edition of a dataset, oldest first.</summary>
    public static IReadOnlyList<EditionSummary> Of(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var flags = dataset.QualityFlags.CountBy(f => f.Edition).ToDictionary();
        return dataset.Records.GroupBy(r => r.Edition).OrderBy(g => g.Key).Select(edition =>
        {
            var rows = edition.ToList();
            var assessed = rows.Where(r => r.IsAssessed).Select(r => r.Egdi!.Value).ToList();
            return new EditionSummary(edition.Key, rows.Count, assessed.Count, rows.Count - assessed.Count,
                assessed.Count == 0 ? null : assessed.Average(),
                rows.Select(EgdiConsistency.Deviation).Max(),
                EgdiConsistency.ToleranceFor(edition.Key),
                flags.GetValueOrDefault(edition.Key),
                dataset.Sources.FirstOrDefault(s => s.Edition == edition.Key)?.Source ?? "");
        }).ToList();
    }
}
