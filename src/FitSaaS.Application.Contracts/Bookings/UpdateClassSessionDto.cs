using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>
/// Changes a class session (its class type stays). Raising the capacity promotes waitlisted bookings
/// into the new seats; lowering it below the confirmed bookings is refused.
/// </summary>
public sealed class UpdateClassSessionDto : IValidatableObject
{
    /// <summary>The location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>Start instant, UTC (an offset-less value is read as UTC).</summary>
    [Required]
    public DateTime? StartsAtUtc { get; init; }

    /// <summary>Duration in minutes.</summary>
    [Range(ClassSessionConsts.MinDurationMinutes, ClassSessionConsts.MaxDurationMinutes)]
    public int DurationMinutes { get; init; }

    /// <summary>Number of seats.</summary>
    [Range(ClassSessionConsts.MinCapacity, ClassSessionConsts.MaxCapacity)]
    public int Capacity { get; init; }

    /// <summary>Optional coach: a user of the tenant; null removes the coach.</summary>
    public Guid? CoachId { get; init; }

    /// <summary>The stamp from <see cref="ClassSessionDto.ConcurrencyStamp"/>; a stale one gives <c>FitSaaS:ConcurrencyConflict</c>. Optional.</summary>
    public string? ConcurrencyStamp { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LocationId == Guid.Empty)
        {
            yield return new ValidationResult("The LocationId field is required.", [nameof(LocationId)]);
        }
    }

    /// <summary>Booking-policy values set here (null or omitted = none: every value from the next level; see <see cref="BookingPolicyDto"/>).</summary>
    public BookingPolicyDto? Policy { get; init; }
}
