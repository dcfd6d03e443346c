using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Books a session: for the current user, or (with <c>Bookings.Manage</c>) for another member.</summary>
public sealed class CreateBookingDto : IValidatableObject
{
    /// <summary>The session to book.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>Book for this member instead of oneself (front desk; needs <c>FitSaaS.Bookings.Bookings.Manage</c>).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>
    /// Hold the seat as <c>Pending</c> while a payment completes (released after <c>Bookings.HoldMinutes</c>, default 10,
    /// unless confirmed); a full session waitlists instead. Default false: confirmed.
    /// </summary>
    public bool Hold { get; init; }

    /// <summary>
    /// Staff booking for another member: the reason recorded (at most 256 characters). With it the booking window, the
    /// member's limits and a no-show restriction do not apply (a walk-in); without it they do. Ignored for one's own booking.
    /// </summary>
    [StringLength(BookingConsts.MaxReasonLength)]
    public string? Reason { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClassSessionId == Guid.Empty)
        {
            yield return new ValidationResult("The ClassSessionId field is required.", [nameof(ClassSessionId)]);
        }
    }
}
