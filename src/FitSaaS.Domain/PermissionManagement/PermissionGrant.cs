using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.PermissionManagement;

/// <summary>A permission granted to a provider (a role, by name) in a tenant or the host.</summary>
[Audited]
public sealed class PermissionGrant : AggregateRoot<Guid>, IMultiTenant
{
    /// <summary>Provider name of role grants (key: role name).</summary>
    public const string RoleProvider = "R";

    /// <summary>Provider name of user grants (key: user id).</summary>
    public const string UserProvider = "U";

    /// <summary>Provider name of OAuth client grants (key: client id).</summary>
    public const string ClientProvider = "C";

    private PermissionGrant()
    {
        Name = null!;
        ProviderName = null!;
        ProviderKey = null!;
    }

    /// <summary>Creates a grant.</summary>
    public PermissionGrant(Guid id, Guid? tenantId, string name, string providerName, string providerKey)
        : base(id)
    {
        TenantId = tenantId;
        Name = name;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Permission name.</summary>
    public string Name { get; private set; }

    /// <summary>Provider kind (<see cref="RoleProvider"/>).</summary>
    public string ProviderName { get; private set; }

    /// <summary>Provider key (role name, user id or client id).</summary>
    public string ProviderKey { get; private set; }

    /// <summary>Moves the grant to a renamed provider (a role's new name).</summary>
    public void ChangeProviderKey(string providerKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerKey);
        ProviderKey = providerKey;
    }
}
