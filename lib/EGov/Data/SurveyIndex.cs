namespace EGov.Data;

/// <summary>The indices the UN E-Government Survey publishes for every country and edition.</summary>
public enum SurveyIndex
{
    /// <summary>E-Government Development Index: the equally weighted mean of OSI, HCI and TII.</summary>
    Egdi,
    /// <summary>Online Service Index.</summary>
    Osi,
    /// <summary>Human Capital Index.</summary>
    Hci,
    /// <summary>Telecommunication Infrastructure Index.</summary>
    Tii,
    /// <summary>E-Participation Index, reported beside the EGDI but not part of it.</summary>
    Epi,
}
