namespace FitSaaS.Framework.Authorization;

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
