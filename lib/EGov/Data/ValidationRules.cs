namespace EGov.Data;

/// <summary>Properties of the <see cref="ValidationRule"/>s.</summary>
internal static class ValidationRules
{
    /// <summary>
    /// True for a rule about the environment rather than the data: an input that is missing, unreadable or not a regular
    /// file (<c>egov import</c> exits 2 for these, 1 for invalid data).
    /// </summary>
    public static bool IsEnvironmental(this ValidationRule rule) =>
        rule is ValidationRule.MissingInput or ValidationRule.CannotRead or ValidationRule.NotARegularFile;
}
