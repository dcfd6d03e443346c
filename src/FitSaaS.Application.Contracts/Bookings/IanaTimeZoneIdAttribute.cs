using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Validates that a string is a known IANA time-zone id (e.g. <c>Europe/London</c>); null passes (combine with <see cref="RequiredAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IanaTimeZoneIdAttribute : ValidationAttribute
{
    /// <summary>Creates the attribute with its default message.</summary>
    public IanaTimeZoneIdAttribute()
        : base("The field {0} must be an IANA time-zone id such as 'America/New_York'.")
    {
    }

    /// <inheritdoc/>
    public override bool IsValid(object? value) =>
        value switch
        {
            null => true,
            string id => !string.IsNullOrWhiteSpace(id) &&
                TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var timeZone) && timeZone.HasIanaId,
            _ => false,
        };
}
