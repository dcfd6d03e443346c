using System.ComponentModel.DataAnnotations;

namespace FitSaaS.PermissionManagement;

/// <summary>One grant change.</summary>
public sealed class UpdatePermissionDto
{
    /// <summary>Dotted permission name of the caller's side.</summary>
    [Required]
    [StringLength(128)]
    public required string Name { get; init; }

    /// <summary>True to grant, false to revoke.</summary>
    public bool IsGranted { get; init; }
}
