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

/// <summary>The signed-in user's profile.</summary>
public sealed class ProfileDto
{
    /// <summary>User id (the token's <c>sub</c>).</summary>
    public Guid Id { get; init; }

    /// <summary>Tenant id; null for host users.</summary>
    public Guid? TenantId { get; init; }

    /// <summary>User name.</summary>
    public required string UserName { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Role names.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}

/// <summary>Minimal user data other modules may read.</summary>
public sealed class UserLookupDto
{
    /// <summary>User id.</summary>
    public Guid Id { get; init; }

    /// <summary>User name.</summary>
    public required string UserName { get; init; }

    /// <summary>Role names.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}

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

/// <summary>Asks for a password-reset e-mail.</summary>
public sealed class SendPasswordResetCodeDto
{
    /// <summary>The account's e-mail in the current tenant.</summary>
    [Required]
    [EmailAddress]
    [StringLength(IdentityConsts.MaxEmailLength)]
    public required string Email { get; init; }
}

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
