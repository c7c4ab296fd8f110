namespace EGov.Charts;

/// <summary>
/// Colours for charts with one line per country: the country in focus is black (and drawn thicker), every other country
/// gets its own colour, never one used twice in a chart. The palette: blue, orange, bluish green, vermillion and sky blue
/// (Okabe-Ito), olive (Paul Tol's "muted" scheme), reddish purple (Okabe-Ito), indigo and wine (Tol), in an order that
/// keeps the similar reddish purple and wine apart in short lists (also safe for colour-vision deficiency): nine
/// countries besides the focus, or ten without one (black is then an ordinary colour). A longer list is refused rather
/// than given repeated colours.
/// </summary>
internal static class CountryColors
{
    /// <summary>The colour of the country in focus.</summary>
    public const string Focus = OkabeIto.Black;

    /// <summary>The colours of the other countries, in the order they are handed out.</summary>
    public static IReadOnlyList<string> Others { get; } =
        [OkabeIto.Blue, OkabeIto.Orange, OkabeIto.BluishGreen, OkabeIto.Vermillion, OkabeIto.SkyBlue, "#999933", OkabeIto.ReddishPurple, "#332288", "#882255"];

    /// <summary>The most countries a chart can show with distinct colours: the focus (or black) and <see cref="Others"/>.</summary>
    public static int Capacity => Others.Count + 1;

    /// <summary>
    /// ISO3 → colour for the given countries (in order): <see cref="Focus"/> for <paramref name="focus"/>, the others from
    /// <see cref="Others"/> in turn. Without a focus the countries take <see cref="Others"/> in turn and then black.
    /// </summary>
    /// <exception cref="ArgumentException">More countries than distinct colours, or the focus is not among the countries.</exception>
    public static IReadOnlyDictionary<string, string> For(IReadOnlyList<string> iso3s, string? focus = null)
    {
        ArgumentNullException.ThrowIfNull(iso3s);
        var others = iso3s.Where(c => c != focus).Distinct(StringComparer.Ordinal).ToList();
        if (focus is not null && !iso3s.Contains(focus)) throw new ArgumentException($"The focus {focus} is not among the countries.", nameof(focus));
        var palette = focus is null ? [.. Others, Focus] : Others;
        if (others.Count > palette.Count)
            throw new ArgumentException(
                $"{others.Count + (focus is null ? 0 : 1)} countries: a chart keeps every country's colour distinct for at most {Capacity} countries. Compare fewer countries.",
                nameof(iso3s));
        var colours = others.Select((c, i) => (c, palette[i])).ToDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal);
        if (focus is not null) colours[focus] = Focus;
        return colours;
    }
}
