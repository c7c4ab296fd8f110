using System.CommandLine;
using System.Globalization;
using EGov.Data;

namespace EGov.Cli;

/// <summary>
/// <c>egov summary</c>: what the dataset holds, edition by edition, and China's row in each. Exit 0 printed; 1 the data
/// in --data is invalid (every problem listed); 2 a usage problem (--data is not a folder, --country names no country),
/// found before anything is printed.
/// </summary>
internal static class SummaryCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "A folder of canonical files; default: the data embedded in EGov.dll." };
        var country = new Option<string>("--country") { Description = "The country whose row to show in every edition.", DefaultValueFactory = _ => "CHN" };
        var command = new Command("summary", "Print the editions, the countries per edition and one country's row in every edition.") { data, country };
        command.SetAction(parse => Run(parse.GetValue(data), parse.GetValue(country)!));
        return command;
    }

    private static int Run(string? dataFolder, string country)
    {
        if (dataFolder is not null && !Directory.Exists(dataFolder))
        {
            Console.Error.WriteLine($"egov summary: --data {Printable.Escape(dataFolder)} is not a folder (give a folder written by egov import)");
            return 2;
        }
        try
        {
            var survey = dataFolder is null ? Survey.Load() : Survey.Load(dataFolder);
            string iso3;
            try { iso3 = survey.Iso3Of(country); }
            catch (UnknownCountryException e)
            {
                Console.Error.WriteLine("egov summary: --country: " + e.Message);
                return 2;
            }
            var records = survey.Dataset.Records;
            Console.WriteLine($"UN E-Government Survey: {survey.Editions.Count} editions ({string.Join(", ", survey.Editions)}), " +
                              $"{survey.Countries.Count} member states, {records.Count} rows.");
            Console.WriteLine();
            Console.WriteLine("edition  countries  assessed  not assessed  mean EGDI  max |EGDI - mean(OSI,HCI,TII)|  source");
            foreach (var s in survey.EditionSummaries())
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Edition,7}  {s.Countries,9}  {s.Assessed,8}  {s.NotAssessed,12}  {s.MeanEgdi,9:0.0000}  {s.MaxEgdiDeviation ?? 0m,31:0.000000}  {s.Source}"));
            Console.WriteLine();
            Console.WriteLine($"{survey.Country(iso3).Name} ({iso3}) in every edition:");
            Console.WriteLine("edition  name as published              EGDI     OSI      HCI      TII      EPI      rank  level");
            foreach (var r in records.Where(r => r.Iso3 == iso3))
            {
                string V(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "-";
                var level = r.Egdi is { } e ? LevelGroups.Of(e).Label() : "not assessed";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Edition,7}  {r.CountryName,-28}  {V(r.Egdi),-7}  {V(r.Osi),-7}  {V(r.Hci),-7}  {V(r.Tii),-7}  {V(r.Epi),-7}  {r.EgdiRank?.ToString(CultureInfo.InvariantCulture) ?? "-",4}  {level}"));
            }
            return 0;
        }
        catch (DataValidationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
