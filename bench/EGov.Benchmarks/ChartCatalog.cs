using System.Reflection;
using EGov.Charts;
using EGov.Data;
using Plotly.NET;

namespace EGov.Benchmarks;

/// <summary>
/// Every chart the library makes: each public static method of <see cref="SurveyCharts"/> that returns a chart, called
/// with arguments chosen by parameter type (found by reflection, so the list follows the library's methods and names).
/// </summary>
public static class ChartCatalog
{
    /// <summary>The charts (method and its parameter types, a function making a new chart object each call), in method-name order.</summary>
    public static IReadOnlyList<(string Name, Func<GenericChart> Make)> All(Survey survey)
    {
        var charts = new List<(string, Func<GenericChart>)>();
        var methods = typeof(SurveyCharts).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(GenericChart)).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.GetParameters().Length);
        foreach (var method in methods)
        {
            var arguments = method.GetParameters().Select(p => Argument(survey, p)).ToArray();
            charts.Add(($"{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})", () => (GenericChart)method.Invoke(null, arguments)!));
        }
        return charts;
    }

    private static object? Argument(Survey survey, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var editions = survey.Editions;
        if (type == typeof(Survey)) return survey;
        if (parameter.HasDefaultValue && type != typeof(int)) return parameter.DefaultValue;
        if (type == typeof(SurveyIndex)) return SurveyIndex.Egdi;
        if (type == typeof(int))
            return (parameter.Name ?? "").Contains("from", StringComparison.OrdinalIgnoreCase) ? editions[0]
                : parameter.HasDefaultValue ? parameter.DefaultValue : editions[^1];
        if (type == typeof(string)) return "CHN";
        if (type.IsAssignableFrom(typeof(string[]))) return new[] { "CHN", "IND", "BRA" };
        if (type.IsAssignableFrom(typeof(int[]))) return new[] { editions[^3], editions[^1] };
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        throw new NotSupportedException($"ChartCatalog: no argument for {parameter.Member.Name}'s parameter {parameter.Name} ({type.Name})");
    }
}
