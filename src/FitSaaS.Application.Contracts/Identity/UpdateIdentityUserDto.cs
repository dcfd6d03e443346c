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

    /// <summary>False to deactivate (refresh tokens stop working at once).</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>The complete set of role names; null keeps the roles.</summary>
    public IReadOnlyList<string>? RoleNames { get; init; }
}
