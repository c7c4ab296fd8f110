namespace EGov.Analysis;

/// <summary>
/// The special functions behind <see cref="StudentT"/>: ln Γ (Lanczos approximation, g = 7, n = 9; relative error below
/// 1e-15 for positive arguments) and the regularized incomplete beta function I_x(a, b) (continued fraction evaluated by
/// the modified Lentz method, as in Press et al., <i>Numerical Recipes</i>, 3rd ed., section 6.4).
/// </summary>
internal static class SpecialFunctions
{
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x <= 0 || double.IsNaN(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "ln Γ is defined here for x > 0.");
        if (x < 0.5) return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x); // reflection
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++) sum += Lanczos[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>The regularized incomplete beta function I_x(a, b) for a, b &gt; 0 and x in [0, 1].</summary>
    public static double RegularizedIncompleteBeta(double x, double a, double b)
    {
        if (a <= 0 || b <= 0) throw new ArgumentOutOfRangeException(nameof(a), "a and b must be positive.");
        if (double.IsNaN(x) || x < 0 || x > 1) throw new ArgumentOutOfRangeException(nameof(x), x, "x must be in [0, 1].");
        if (x == 0) return 0;
        if (x == 1) return 1;
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); otherwise use I_x(a, b) = 1 - I_{1-x}(b, a).
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(x, a, b) / a
            : 1 - front * BetaContinuedFraction(1 - x, b, a) / b;
    }

    private static double BetaContinuedFraction(double x, double a, double b)
    {
        const double tiny = 1e-300;
        const double epsilon = 1e-15;
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - qab * x / qap;
        if (Math.Abs(d) < tiny) d = tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 10_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < epsilon) return h;
        }
        throw new InvalidOperationException($"The incomplete beta continued fraction did not converge for x={x}, a={a}, b={b}.");
    }
}
