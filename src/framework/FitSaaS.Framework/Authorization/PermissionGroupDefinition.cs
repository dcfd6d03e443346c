namespace FitSaaS.Framework.Authorization;

/// <summary>A group of permissions shown together (usually one per module).</summary>
public sealed class PermissionGroupDefinition
{
    private readonly List<PermissionDefinition> _permissions = [];

    internal PermissionGroupDefinition(string name, string displayName)
    {
        Name = name;
        DisplayName = displayName;
    }

    /// <summary>Dotted group name, e.g. <c>FitSaaS.Bookings</c>.</summary>
    public string Name { get; }

    /// <summary>Human-readable name.</summary>
    public string DisplayName { get; }

    /// <summary>Top-level permissions of the group.</summary>
    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    /// <summary>Adds a top-level permission.</summary>
    /// <param name="name">Dotted, globally unique name, e.g. <c>FitSaaS.Bookings.Locations</c>.</param>
    /// <param name="displayName">Human-readable name.</param>
    /// <param name="side">Which side may be granted it; default both.</param>
    public PermissionDefinition AddPermission(string name, string displayName, MultiTenancySides side = MultiTenancySides.Both)
    {
        var permission = new PermissionDefinition(name, displayName, side, parent: null);
        _permissions.Add(permission);
        return permission;
    }
}
