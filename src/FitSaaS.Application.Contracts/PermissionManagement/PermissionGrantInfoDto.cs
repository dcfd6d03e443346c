namespace FitSaaS.PermissionManagement;

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
