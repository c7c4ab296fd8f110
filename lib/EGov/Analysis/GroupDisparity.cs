namespace EGov.Analysis;

/// <summary>
/// The distribution of one index inside one group of countries. Quartiles and median: type 7 (linear interpolation);
/// standard deviation: population (see <see cref="Summary"/>).
/// </summary>
/// <param name="Group">Group name ("World" for all countries).</param>
/// <param name="Summary">Count, mean, median, quartiles, min, max, population standard deviation, coefficient of variation.</param>
/// <param name="MinIso3">The country with the lowest value (first in ISO3 order on a tie).</param>
/// <param name="MaxIso3">The country with the highest value (first in ISO3 order on a tie).</param>
/// <param name="GapToWorldMean">Group mean - world mean (of the same index and edition).</param>
/// <param name="Gini">Population Gini inside the group.</param>
/// <param name="TheilT">Theil T inside the group.</param>
public sealed record GroupDisparity(string Group, Summary Summary, string MinIso3, string MaxIso3, double GapToWorldMean, double Gini, double TheilT);
