namespace FitSaaS.Bookings;

/// <summary>A class type.</summary>
public sealed class ClassTypeDto
{
    /// <summary>Class type id.</summary>
    public Guid Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Optional description.</summary>
    public string? Description { get; init; }

    /// <summary>Capacity of new sessions unless given.</summary>
    public int DefaultCapacity { get; init; }

    /// <summary>Duration of new sessions unless given, in minutes.</summary>
    public int DurationMinutes { get; init; }

    /// <summary>Booking-policy values set here; null values come from the next level (see <see cref="BookingPolicyDto"/>).</summary>
    public required BookingPolicyDto Policy { get; init; }

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Concurrency stamp; send it back on update.</summary>
    public required string ConcurrencyStamp { get; init; }
}
