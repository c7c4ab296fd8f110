namespace EGov.Data;

/// <summary>The editions of the UN E-Government Survey.</summary>
public static class Editions
{
    /// <summary>Every edition published so far, oldest first.</summary>
    public static IReadOnlyList<int> Published { get; } = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024];

    /// <summary>Number of UN member states; every edition lists each of them once.</summary>
    public const int MemberStates = 193;

    /// <summary>True for a plausible edition year: a published one, or a future even year (the survey is biennial).</summary>
    public static bool IsPlausible(int year) => Published.Contains(year) || (year > Published[^1] && year <= 2100 && year % 2 == 0);
}
