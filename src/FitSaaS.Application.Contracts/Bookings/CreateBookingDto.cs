using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Books a session: for the current user, or (with <c>Bookings.Manage</c>) for another member.</summary>
public sealed class CreateBookingDto : IValidatableObject
{
    /// <summary>The session to book.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>Book for this member instead of oneself (front desk; needs <c>FitSaaS.Bookings.Bookings.Manage</c>).</summary>
    public Guid? MemberId { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClassSessionId == Guid.Empty)
        {
            yield return new ValidationResult("The ClassSessionId field is required.", [nameof(ClassSessionId)]);
        }
    }
}
