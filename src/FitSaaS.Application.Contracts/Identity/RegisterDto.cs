using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Self-registration of a gym member in the tenant named by the <c>__tenant</c> header.</summary>
public sealed class RegisterDto
{
    /// <summary>User name, unique within the tenant.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxUserNameLength, MinimumLength = 2)]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "Use letters, digits and . _ @ + - only.")]
    public required string UserName { get; init; }

    /// <summary>E-mail, unique within the tenant.</summary>
    [Required]
    [EmailAddress]
    [StringLength(IdentityConsts.MaxEmailLength)]
    public required string Email { get; init; }

    /// <summary>Password; checked against the password policy (by default 6+ characters with upper, lower, digit and symbol).</summary>
    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = 6)]
    public required string Password { get; init; }
}
