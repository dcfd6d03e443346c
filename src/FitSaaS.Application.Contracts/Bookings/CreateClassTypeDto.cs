using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Creates a class type.</summary>
public sealed class CreateClassTypeDto
{
    /// <summary>Display name.</summary>
    [Required]
    [StringLength(ClassTypeConsts.MaxNameLength)]
    public required string Name { get; init; }

    /// <summary>Optional description.</summary>
    [StringLength(ClassTypeConsts.MaxDescriptionLength)]
    public string? Description { get; init; }

    /// <summary>Capacity of new sessions unless given.</summary>
    [Range(ClassSessionConsts.MinCapacity, ClassSessionConsts.MaxCapacity)]
    public int DefaultCapacity { get; init; }

    /// <summary>Duration of new sessions unless given, in minutes.</summary>
    [Range(ClassSessionConsts.MinDurationMinutes, ClassSessionConsts.MaxDurationMinutes)]
    public int DurationMinutes { get; init; }

    /// <summary>Booking-policy values set here (null or omitted = none: every value from the next level; see <see cref="BookingPolicyDto"/>).</summary>
    public BookingPolicyDto? Policy { get; init; }
}
