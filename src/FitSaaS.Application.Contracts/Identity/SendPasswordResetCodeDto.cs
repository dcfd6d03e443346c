using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Asks for a password-reset e-mail.</summary>
public sealed class SendPasswordResetCodeDto
{
    /// <summary>The account's e-mail in the current tenant.</summary>
    [Required]
    [EmailAddress]
    [StringLength(IdentityConsts.MaxEmailLength)]
    public required string Email { get; init; }
}
