using System.CommandLine;
using System.CommandLine.Parsing;
using EGov.Data;

namespace EGov.Cli;

/// <summary>
/// Command lines that do not parse: each problem is one line naming the command (<c>egov import: ...</c>), then where to
/// find the usage; the exit code is 2, the code every command gives a usage problem.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The exit code of a usage problem, for every command.</summary>
    public const int ExitCode = 2;

    /// <summary>True when the command line has a problem: a parse error, or an empty value (no option or argument takes "").</summary>
    public static bool Any(ParseResult parse) => parse.Errors.Count > 0 || parse.Tokens.Any(t => t.Value.Length == 0);

    public static int Report(ParseResult parse, TextWriter error)
    {
        var name = CommandPath(parse.CommandResult.Command);
        foreach (var problem in parse.Errors)
            error.WriteLine($"{name}: {Printable.Escape(problem.Message)}");
        var tokens = parse.Tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Value.Length == 0)
                error.WriteLine(i > 0 && tokens[i - 1].Type == TokenType.Option
                    ? $"{name}: {tokens[i - 1].Value} is given an empty value; give it a value or leave the option out"
                    : $"{name}: an empty argument ('') is not a usable value");
        error.WriteLine($"Run '{name} --help' for the usage.");
        return ExitCode;
    }

    /// <summary>
    /// Makes <paramref name="option"/> accept only a whole number from <paramref name="minimum"/> to <paramref name="maximum"/>:
    /// anything else (a word, NaN, a fraction, an empty value, a negative or overflowing number) is a parse error that says
    /// what the option takes, so the command exits 2 before doing anything.
    /// </summary>
    public static Option<int> WholeNumber(this Option<int> option, int minimum, int maximum, string unit)
    {
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && value >= minimum && value <= maximum)
                return (int)value;
            result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{option.Name} takes a whole number of {unit} from {minimum} to {maximum}; '{Printable.Escape(text)}' is not one"));
            return default;
        };
        return option;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            names.Insert(0, c is RootCommand ? "egov" : c.Name);
        return string.Join(' ', names);
    }
}
