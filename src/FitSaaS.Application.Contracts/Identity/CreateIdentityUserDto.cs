using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Creates a user in the current tenant (or a host user).</summary>
public sealed class CreateIdentityUserDto
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

    /// <summary>Initial password; checked against the tenant's password policy.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = 1)]
    public required string Password { get; init; }

    /// <summary>Given name; at most <see cref="IdentityConsts.MaxNameLength"/> characters; null when unknown.</summary>
    [StringLength(IdentityConsts.MaxNameLength)]
    public string? Name { get; init; }

    /// <summary>Family name; at most <see cref="IdentityConsts.MaxSurnameLength"/> characters; null when unknown.</summary>
    [StringLength(IdentityConsts.MaxSurnameLength)]
    public string? Surname { get; init; }

    /// <summary>Phone number as typed (<see cref="IdentityConsts.PhoneNumberPattern"/>); null when unknown.</summary>
    [StringLength(IdentityConsts.MaxPhoneNumberLength)]
    [RegularExpression(IdentityConsts.PhoneNumberPattern, ErrorMessage = "Use digits, spaces and + ( ) - . only.")]
    public string? PhoneNumber { get; init; }

    /// <summary>Role names of the tenant; default none.</summary>
    public IReadOnlyList<string>? RoleNames { get; init; }
}
