using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.PermissionManagement;

/// <summary>A permission granted to a provider (a role, by name) in a tenant or the host.</summary>
public sealed class PermissionGrant : AggregateRoot<Guid>, IMultiTenant
{
    /// <summary>Provider name of role grants.</summary>
    public const string RoleProvider = "R";

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

    /// <summary>Provider key (role name).</summary>
    public string ProviderKey { get; private set; }
}
