namespace FitSaaS.Bookings;

/// <summary>A location.</summary>
public sealed class LocationDto
{
    /// <summary>Location id.</summary>
    public Guid Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>IANA time-zone id of its wall-clock schedules, e.g. <c>America/New_York</c>.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>Booking-policy values set here; null values come from the next level (see <see cref="BookingPolicyDto"/>).</summary>
    public required BookingPolicyDto Policy { get; init; }

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Concurrency stamp; send it back on update.</summary>
    public required string ConcurrencyStamp { get; init; }
}
