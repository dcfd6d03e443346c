using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Sets a new password with the token from the reset e-mail.</summary>
public sealed class ResetPasswordDto
{
    /// <summary>The user id from the e-mail link.</summary>
    public Guid UserId { get; init; }

    /// <summary>The reset token from the e-mail link (single use; invalid after any password change).</summary>
    [Required]
    [StringLength(2000)]
    public required string ResetToken { get; init; }

    /// <summary>The new password; checked against the tenant's password policy.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = 1)]
    public required string Password { get; init; }
}
