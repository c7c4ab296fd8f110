using EGov.Data;

namespace EGov.Tests.Analysis;

/// <summary>Small hand-made datasets for tests of the analysis functions.</summary>
internal static class ToyData
{
    public static EditionRecord Record(int edition, string iso3, decimal? egdi, decimal? osi = null, decimal? hci = null, decimal? tii = null, int? rank = null) =>
        new(edition, iso3, iso3, egdi, osi, hci, tii, null, rank);

    public static Country Country(string iso3, string region, string subRegion = "Sub", string income = "High income") =>
        new(iso3, iso3, region, subRegion, income, "Developed");

    public static SurveyDataset Dataset(IEnumerable<EditionRecord> records, IEnumerable<Country> countries) =>
        new(records.ToList(), countries.ToList(), [], []);
}
