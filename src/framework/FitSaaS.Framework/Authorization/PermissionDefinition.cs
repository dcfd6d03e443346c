namespace FitSaaS.Framework.Authorization;

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
