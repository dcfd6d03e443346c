namespace FitSaaS.PermissionManagement;

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
