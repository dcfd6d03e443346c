using System.ComponentModel.DataAnnotations;

namespace FitSaaS.PermissionManagement;

/// <summary>Grants and revokes permissions of one provider in one call.</summary>
public sealed class UpdatePermissionsDto
{
    /// <summary>The permissions to change; permissions not listed keep their state.</summary>
    [Required]
    [MaxLength(1000)]
    public required IReadOnlyList<UpdatePermissionDto> Permissions { get; init; }
}
