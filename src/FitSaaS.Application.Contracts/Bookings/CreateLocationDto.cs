using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Creates a location.</summary>
public sealed class CreateLocationDto
{
    /// <summary>Display name.</summary>
    [Required]
    [StringLength(LocationConsts.MaxNameLength)]
    public required string Name { get; init; }

    /// <summary>IANA time-zone id, e.g. <c>Europe/London</c>; when omitted, the setting <c>Bookings.DefaultTimeZone</c> (default <c>UTC</c>).</summary>
    [StringLength(LocationConsts.MaxTimeZoneIdLength)]
    [IanaTimeZoneId]
    public string? TimeZoneId { get; init; }

    /// <summary>Booking-policy values set here (null or omitted = none: every value from the next level; see <see cref="BookingPolicyDto"/>).</summary>
    public BookingPolicyDto? Policy { get; init; }
}
