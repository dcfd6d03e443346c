using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Sets a user's password (admin reset).</summary>
public sealed class ResetIdentityUserPasswordDto
{
    /// <summary>New password; checked against the tenant's password policy.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = 1)]
    public required string NewPassword { get; init; }
}
