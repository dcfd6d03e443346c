using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>
/// Schedules a class session. Past start instants are allowed (to record classes that took place);
/// such sessions cannot be booked.
/// </summary>
public sealed class CreateClassSessionDto : IValidatableObject
{
    /// <summary>The class type; it gives the default capacity and duration.</summary>
    public Guid ClassTypeId { get; init; }

    /// <summary>The location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>Start instant, UTC (an offset-less value is read as UTC).</summary>
    [Required]
    public DateTime? StartsAtUtc { get; init; }

    /// <summary>Duration in minutes; default: the class type's.</summary>
    [Range(ClassSessionConsts.MinDurationMinutes, ClassSessionConsts.MaxDurationMinutes)]
    public int? DurationMinutes { get; init; }

    /// <summary>Number of seats; default: the class type's default capacity.</summary>
    [Range(ClassSessionConsts.MinCapacity, ClassSessionConsts.MaxCapacity)]
    public int? Capacity { get; init; }

    /// <summary>Optional coach: a user of the tenant.</summary>
    public Guid? CoachId { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClassTypeId == Guid.Empty)
        {
            yield return new ValidationResult("The ClassTypeId field is required.", [nameof(ClassTypeId)]);
        }

        if (LocationId == Guid.Empty)
        {
            yield return new ValidationResult("The LocationId field is required.", [nameof(LocationId)]);
        }
    }

    /// <summary>Booking-policy values set here (null or omitted = none: every value from the next level; see <see cref="BookingPolicyDto"/>).</summary>
    public BookingPolicyDto? Policy { get; init; }
}
