namespace FitSaaS.Framework.Authorization;

/// <summary>What a <see cref="PermissionDefinitionProvider"/> adds groups to.</summary>
public interface IPermissionDefinitionContext
{
    /// <summary>Adds a group.</summary>
    /// <exception cref="InvalidOperationException">The group name is already used.</exception>
    PermissionGroupDefinition AddGroup(string name, string displayName);
}
