using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Changes the signed-in user's password.</summary>
public sealed class ChangePasswordDto
{
    /// <summary>The current password.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength)]
    public required string CurrentPassword { get; init; }

    /// <summary>The new password; checked against the tenant's password policy.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = 1)]
    public required string NewPassword { get; init; }
}
