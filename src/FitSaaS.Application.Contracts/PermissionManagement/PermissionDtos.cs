using System.ComponentModel.DataAnnotations;

namespace FitSaaS.PermissionManagement;

/// <summary>The permission tree of the caller's side with the grants of one role, user or client.</summary>
public sealed class GetPermissionListResultDto
{
    /// <summary><c>R</c> (role), <c>U</c> (user) or <c>C</c> (client).</summary>
    public required string ProviderName { get; init; }

    /// <summary>Role name, user id or client id.</summary>
    public required string ProviderKey { get; init; }

    /// <summary>Groups in definition order.</summary>
    public required IReadOnlyList<PermissionGroupDto> Groups { get; init; }
}

/// <summary>A permission group.</summary>
public sealed class PermissionGroupDto
{
    /// <summary>Dotted group name.</summary>
    public required string Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The group's permissions of the caller's side, parents before children.</summary>
    public required IReadOnlyList<PermissionGrantInfoDto> Permissions { get; init; }
}

/// <summary>One permission and whether the provider holds it.</summary>
public sealed class PermissionGrantInfoDto
{
    /// <summary>Dotted permission name.</summary>
    public required string Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The parent permission, if any (a child is effective only with its parent).</summary>
    public string? ParentName { get; init; }

    /// <summary>True when granted directly to this provider (a user's role grants are not listed here).</summary>
    public bool IsGranted { get; init; }
}

/// <summary>Grants and revokes permissions of one provider in one call.</summary>
public sealed class UpdatePermissionsDto
{
    /// <summary>The permissions to change; permissions not listed keep their state.</summary>
    [Required]
    [MaxLength(1000)]
    public required IReadOnlyList<UpdatePermissionDto> Permissions { get; init; }
}

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
