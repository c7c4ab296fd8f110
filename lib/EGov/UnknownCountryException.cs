namespace EGov;

/// <summary>Thrown when a country code or name is not one of the member states in the survey; the message lists close matches.</summary>
public sealed class UnknownCountryException : ArgumentException
{
    /// <summary>Creates the exception for what was asked and the close matches found.</summary>
    public UnknownCountryException(string requested, IReadOnlyList<string> closeMatches)
        : base($"'{requested}' is not an ISO3 code or name of a UN member state in the survey" +
               (closeMatches.Count > 0 ? $"; close matches: {string.Join(", ", closeMatches)}" : "") + ".")
    {
        Requested = requested;
        CloseMatches = closeMatches;
    }

    /// <summary>The code or name that was asked for.</summary>
    public string Requested { get; }

    /// <summary>Close matches as "Name (ISO3)".</summary>
    public IReadOnlyList<string> CloseMatches { get; }
}
