using Deedle;

namespace EGov.Analysis;

/// <summary>One country in a beta-convergence regression.</summary>
/// <param name="Iso3">ISO3 code.</param>
/// <param name="Start">The value in the earlier edition.</param>
/// <param name="End">The value in the later edition.</param>
/// <param name="LogStart">ln(Start): the regression's x.</param>
/// <param name="Growth">The growth (annualised or total log growth): the regression's y.</param>
public sealed record BetaPoint(string Iso3, double Start, double End, double LogStart, double Growth)
{
    /// <summary>The column names of <see cref="ResultFrames.ToFrame(IEnumerable{BetaPoint})"/>.</summary>
    public static class Columns
    {
        /// <summary>The value in the first edition.</summary>
        public const string Start = "Start";

        /// <summary>The value in the last edition.</summary>
        public const string End = "End";

        /// <summary>The logarithm of the start value.</summary>
        public const string LogStart = "LogStart";

        /// <summary>The growth.</summary>
        public const string Growth = "Growth";
    }

    /// <summary>A frame keyed by ISO3: Start, End, LogStart, Growth.</summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<BetaPoint> points) =>
        new TableBuilder<BetaPoint, string>(points, p => p.Iso3)
            .Number(Columns.Start, p => p.Start)
            .Number(Columns.End, p => p.End)
            .Number(Columns.LogStart, p => p.LogStart)
            .Number(Columns.Growth, p => p.Growth)
            .Frame;
}
