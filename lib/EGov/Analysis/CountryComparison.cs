using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// Several countries side by side over every edition: one <see cref="CountryProfile"/> each, in the order given. Build it with
/// <c>survey.Compare("CHN", "India", "BRA")</c> (ISO3 codes or any known spelling of the names).
/// </summary>
/// <param name="Profiles">The countries' profiles, in the order given (a country named twice appears once).</param>
public sealed record CountryComparison(IReadOnlyList<CountryProfile> Profiles)
{
    /// <summary>The column names of <see cref="ToFrame()"/>, besides the index columns of <see cref="SurveyColumns"/>.</summary>
    public static class Columns
    {
        /// <summary>The country's name.</summary>
        public const string Name = "Name";

        /// <summary>The EGDI rank the UN published.</summary>
        public const string PublishedRank = "Published rank";

        /// <summary>The level group of the EGDI.</summary>
        public const string Level = "Level";
    }

    /// <summary>Computes <see cref="SurveyAnalysis.Compare"/>, where it is documented.</summary>
    internal static CountryComparison Of(Survey survey, IEnumerable<string> countries)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(countries);
        var iso3s = countries.Select(survey.Iso3Of).Distinct(StringComparer.Ordinal).ToList();
        if (iso3s.Count == 0) throw new ArgumentException("Give at least one country.", nameof(countries));
        return new CountryComparison(iso3s.Select(c => survey.Profile(c)).ToList());
    }

    /// <summary>
    /// One row per country and edition, keyed by (ISO3, edition), countries in the order given: Name, EGDI, OSI, HCI, TII, EPI,
    /// "Published rank" and Level (missing where a country was not assessed).
    /// </summary>
    public Frame<Tuple<string, int>, string> ToFrame()
    {
        var rows = Profiles.SelectMany(p => p.Editions.Select(e => (p.Country, Edition: e))).ToList();
        return new TableBuilder<(Country Country, ProfileEdition Edition), Tuple<string, int>>(rows, r => Tuple.Create(r.Country.Iso3, r.Edition.Edition))
            .Text(Columns.Name, r => r.Country.Name)
            .Number(SurveyColumns.Egdi, r => (double?)r.Edition.Egdi)
            .Number(SurveyColumns.Osi, r => (double?)r.Edition.Osi)
            .Number(SurveyColumns.Hci, r => (double?)r.Edition.Hci)
            .Number(SurveyColumns.Tii, r => (double?)r.Edition.Tii)
            .Number(SurveyColumns.Epi, r => (double?)r.Edition.Epi)
            .Integer(Columns.PublishedRank, r => r.Edition.PublishedEgdiRank)
            .Text(Columns.Level, r => r.Edition.Level?.Label())
            .Frame;
    }

    /// <summary>One index as a wide table: one row per edition, one column per country (ISO3), missing where not assessed.</summary>
    public Frame<int, string> ToFrame(SurveyIndex index)
    {
        var editions = Profiles[0].Editions.Select(e => e.Edition).ToList();
        var builder = new TableBuilder<int, int>(editions, e => e);
        foreach (var profile in Profiles)
            builder.Number(profile.Country.Iso3, e => (double?)profile.Edition(e).Value(index));
        return builder.Frame;
    }
}
