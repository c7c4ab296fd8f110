using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// Disparities of one index by a grouping over several editions (<see cref="SurveyAnalysis.DisparitiesOverEditions"/>): one
/// <see cref="DisparityTable"/> per edition, flagged values left out by default.
/// </summary>
/// <param name="Index">The index.</param>
/// <param name="Grouping">The grouping.</param>
/// <param name="Flagged">Whether flagged values were left out.</param>
/// <param name="Tables">One table per edition, in the order asked for.</param>
public sealed record DisparityTrend(SurveyIndex Index, Grouping Grouping, FlaggedValues Flagged, IReadOnlyList<DisparityTable> Tables)
{
    /// <summary>The editions, in the order of <see cref="Tables"/>.</summary>
    public IReadOnlyList<int> Editions => Tables.Select(t => t.Edition).ToList();

    /// <summary>The table of one edition.</summary>
    /// <exception cref="KeyNotFoundException">The edition is not among <see cref="Editions"/>.</exception>
    public DisparityTable Edition(int edition) =>
        Tables.FirstOrDefault(t => t.Edition == edition) ?? throw new KeyNotFoundException($"No edition {edition}; the editions are {string.Join(", ", Editions)}.");

    /// <summary>The flagged values left out in every edition, in the order of data/quality-flags.csv.</summary>
    public IReadOnlyList<QualityFlag> Excluded => Tables.SelectMany(t => t.Excluded).ToList();

    /// <summary><see cref="Excluded"/> as a frame (<see cref="ExcludedValues.ToFrame"/>).</summary>
    public Frame<int, string> ExcludedFrame() => ExcludedValues.ToFrame(Excluded);

    /// <summary><see cref="Excluded"/> for printed output, one line per field, flag and edition (<see cref="ExcludedValues.Report"/>).</summary>
    public string LeftOut => ExcludedValues.Report(Excluded);

    /// <summary>
    /// One column of <see cref="DisparityTable.ToFrame"/> (a constant of <see cref="DisparityTable.Columns"/>: Mean, CV, Count, Gini, ...) over the editions: rows keyed by
    /// group (the groups, then "World"), one column per edition; missing where a group has no country in an edition.
    /// </summary>
    /// <exception cref="ArgumentException">Not a numeric column of <see cref="DisparityTable.ToFrame"/>.</exception>
    public Frame<string, int> ToFrame(string column = DisparityTable.Columns.Mean)
    {
        ArgumentNullException.ThrowIfNull(column);
        var frames = Tables.Select(t => t.ToFrame()).ToList();
        if (frames.Count > 0 && !frames[0].ColumnKeys.Contains(column))
            throw new ArgumentException($"No column '{column}'; the columns are {string.Join(", ", frames[0].ColumnKeys)}.", nameof(column));
        return Frame.FromColumns(Tables.Select((t, i) => KeyValuePair.Create(t.Edition, frames[i].GetColumn<double>(column))));
    }
}
