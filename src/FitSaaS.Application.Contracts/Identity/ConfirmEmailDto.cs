using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Confirms an e-mail address with the token from the confirmation e-mail.</summary>
public sealed class ConfirmEmailDto
{
    /// <summary>The user id from the e-mail link.</summary>
    public Guid UserId { get; init; }

    /// <summary>The confirmation token from the e-mail link.</summary>
    [Required]
    [StringLength(2000)]
    public required string Token { get; init; }
}
