using Deedle;

namespace EGov.Analysis;

/// <summary>
/// Theil T split into groups: Total = Between + Within exactly (up to floating point), with
/// Within = sum_g s_g T_g and Between = sum_g s_g ln(mean_g / mean), s_g = n_g mean_g / (n mean).
/// </summary>
/// <param name="Total">Theil T of all values.</param>
/// <param name="Between">Between-group part: the inequality if every value were replaced by its group mean.</param>
/// <param name="Within">Within-group part: the share-weighted Theil T inside the groups.</param>
/// <param name="Groups">The groups' terms, in group order.</param>
public sealed record TheilDecomposition(double Total, double Between, double Within, IReadOnlyList<TheilGroupPart> Groups)
{
    /// <summary>The column names of <see cref="ToFrame()"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of countries in the group.</summary>
        public const string Countries = "Countries";

        /// <summary>The group's mean.</summary>
        public const string Mean = "Mean";

        /// <summary>The group's share of the total of the index, in percent.</summary>
        public const string ShareOfTotalPercent = "Share of total %";

        /// <summary>The Theil T index within the group.</summary>
        public const string TheilT = "Theil T";

        /// <summary>The group's term of the within-group part.</summary>
        public const string WithinTerm = "Within term";

        /// <summary>The group's term of the between-group part.</summary>
        public const string BetweenTerm = "Between term";
    }

    /// <summary>Between / Total: the share of inequality explained by the grouping (NaN when Total is 0).</summary>
    public double BetweenShare => Total == 0 ? double.NaN : Between / Total;

    /// <summary>
    /// The groups' terms keyed by group: Countries, Mean, "Share of total %" (the group's share of the sum of all values),
    /// "Theil T" inside the group, and its "Within term" and "Between term". A between term is negative for a group whose mean
    /// is below the overall mean (the log of a ratio below 1); the terms add up to <see cref="Between"/>, which is never negative.
    /// </summary>
    public Frame<string, string> ToFrame() =>
        new TableBuilder<TheilGroupPart, string>(Groups, g => g.Group)
            .Integer(Columns.Countries, g => g.Count)
            .Number(Columns.Mean, g => g.Mean)
            .Number(Columns.ShareOfTotalPercent, g => 100 * g.Share)
            .Number(Columns.TheilT, g => g.TheilT)
            .Number(Columns.WithinTerm, g => g.Within)
            .Number(Columns.BetweenTerm, g => g.Between)
            .Frame;
}
