using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>A check-in with a member's personal token (the QR code's payload), for one session.</summary>
public sealed class CheckInWithTokenDto : IValidatableObject
{
    /// <summary>The session being checked into (the kiosk's or the member's choice); the token must be for it.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>The token from <c>GET /api/bookings/bookings/{id}/check-in-token</c>.</summary>
    [Required]
    [StringLength(1024)]
    public required string Token { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClassSessionId == Guid.Empty)
        {
            yield return new ValidationResult("The ClassSessionId field is required.", [nameof(ClassSessionId)]);
        }
    }
}
