using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Creates or renames a role.</summary>
public sealed class CreateUpdateIdentityRoleDto
{
    /// <summary>Name, unique within the tenant.</summary>
    [Required]
    [StringLength(IdentityConsts.MaxUserNameLength, MinimumLength = 2)]
    [RegularExpression("^[A-Za-z0-9 ._-]+$", ErrorMessage = "Use letters, digits, spaces and . _ - only.")]
    public required string Name { get; init; }
}
