namespace FitSaaS.Framework.Authorization;

/// <summary>All permission definitions of the application, built once from the registered providers.</summary>
public interface IPermissionDefinitionManager
{
    /// <summary>Groups in provider order.</summary>
    IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    /// <summary>Every permission (children included).</summary>
    IReadOnlyCollection<PermissionDefinition> Permissions { get; }

    /// <summary>Returns the permission or null.</summary>
    PermissionDefinition? Find(string name);
}
