using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Changes a location.</summary>
public sealed class UpdateLocationDto
{
    /// <summary>Display name.</summary>
    [Required]
    [StringLength(LocationConsts.MaxNameLength)]
    public required string Name { get; init; }

    /// <summary>IANA time-zone id. Existing sessions keep their UTC instants.</summary>
    [Required]
    [StringLength(LocationConsts.MaxTimeZoneIdLength)]
    [IanaTimeZoneId]
    public required string TimeZoneId { get; init; }

    /// <summary>The stamp from <see cref="LocationDto.ConcurrencyStamp"/>; a stale one gives <c>FitSaaS:ConcurrencyConflict</c>. Optional.</summary>
    public string? ConcurrencyStamp { get; init; }

    /// <summary>Booking-policy values set here (null or omitted = none: every value from the next level; see <see cref="BookingPolicyDto"/>).</summary>
    public BookingPolicyDto? Policy { get; init; }
}
