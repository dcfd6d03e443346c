using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Changes a user; roles are replaced by <see cref="RoleNames"/> when given.</summary>
public sealed class UpdateIdentityUserDto
{
    /// <summary>E-mail, unique within the tenant.</summary>
    [Required]
    [EmailAddress]
    [StringLength(IdentityConsts.MaxEmailLength)]
    public required string Email { get; init; }

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

    /// <summary>False to deactivate (refresh tokens stop working at once).</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>The complete set of role names; null keeps the roles.</summary>
    public IReadOnlyList<string>? RoleNames { get; init; }
}
