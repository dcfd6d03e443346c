namespace FitSaaS.Framework.Authorization;

/// <summary>Which side of a multi-tenant application may use a permission.</summary>
[Flags]
public enum MultiTenancySides
{
    /// <summary>Tenant users only.</summary>
    Tenant = 1,

    /// <summary>Host (platform operator) users only.</summary>
    Host = 2,

    /// <summary>Both sides.</summary>
    Both = Tenant | Host,
}

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

/// <summary>A permission: dotted name, display name, side and child permissions.</summary>
public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];

    internal PermissionDefinition(string name, string displayName, MultiTenancySides side, PermissionDefinition? parent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        DisplayName = displayName;
        MultiTenancySide = side;
        Parent = parent;
    }

    /// <summary>Dotted, globally unique name.</summary>
    public string Name { get; }

    /// <summary>Human-readable name.</summary>
    public string DisplayName { get; }

    /// <summary>Which side may be granted it.</summary>
    public MultiTenancySides MultiTenancySide { get; }

    /// <summary>The parent permission; a child is only effective when its parent is granted too.</summary>
    public PermissionDefinition? Parent { get; }

    /// <summary>Child permissions.</summary>
    public IReadOnlyList<PermissionDefinition> Children => _children;

    /// <summary>Adds a child permission; its side defaults to the parent's.</summary>
    public PermissionDefinition AddChild(string name, string displayName, MultiTenancySides? side = null)
    {
        var child = new PermissionDefinition(name, displayName, side ?? MultiTenancySide, this);
        _children.Add(child);
        return child;
    }
}

/// <summary>What a <see cref="PermissionDefinitionProvider"/> adds groups to.</summary>
public interface IPermissionDefinitionContext
{
    /// <summary>Adds a group.</summary>
    /// <exception cref="InvalidOperationException">The group name is already used.</exception>
    PermissionGroupDefinition AddGroup(string name, string displayName);
}

/// <summary>
/// Declares a module's permissions. Register it with
/// <c>Configure&lt;PermissionOptions&gt;(o =&gt; o.DefinitionProviders.Add(typeof(MyProvider)))</c>.
/// </summary>
public abstract class PermissionDefinitionProvider
{
    /// <summary>Adds the module's groups and permissions.</summary>
    public abstract void Define(IPermissionDefinitionContext context);
}

/// <summary>Permission system options.</summary>
public sealed class PermissionOptions
{
    /// <summary>Definition provider types, instantiated once when definitions are first needed.</summary>
    public IList<Type> DefinitionProviders { get; } = [];

    /// <summary>
    /// Permissions granted to the built-in roles when a tenant (or the host) is seeded, by role name
    /// (<c>staff</c>, <c>member</c>). The <c>admin</c> role always gets every permission of its side.
    /// </summary>
    public IDictionary<string, ISet<string>> DefaultRoleGrants { get; } = new Dictionary<string, ISet<string>>(StringComparer.Ordinal);

    /// <summary>Adds permissions to a built-in role's default grants.</summary>
    public PermissionOptions GrantToRole(string roleName, params string[] permissionNames)
    {
        if (!DefaultRoleGrants.TryGetValue(roleName, out var set))
        {
            DefaultRoleGrants[roleName] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var name in permissionNames)
        {
            set.Add(name);
        }

        return this;
    }
}
