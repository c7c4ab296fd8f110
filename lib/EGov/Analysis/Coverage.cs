namespace EGov.Analysis;

/// <summary>
/// What a result was computed from: the editions and the number of countries with a value. Early editions did not assess
/// every member state, and the methodology changed over time (e.g. the EGDI of 2008 and 2010 is not exactly the mean of its
/// components, see data/README.md), so every result carries its coverage.
/// </summary>
/// <param name="Editions">The editions used, oldest first.</param>
/// <param name="Countries">How many countries had a value and were used.</param>
/// <param name="Excluded">How many member states were left out (not assessed, or not usable, e.g. a zero start value for a log growth).</param>
public sealed record Coverage(IReadOnlyList<int> Editions, int Countries, int Excluded)
{
    /// <summary>Coverage of one edition.</summary>
    internal static Coverage Of(int edition, int countries, int excluded) => new([edition], countries, excluded);

    /// <summary>A short text such as "2020: 193 countries (0 excluded)" or "2018+2020: 1 country (0 excluded)".</summary>
    public override string ToString() => $"{string.Join("+", Editions)}: {Countries} {(Countries == 1 ? "country" : "countries")} ({Excluded} excluded)";
}
