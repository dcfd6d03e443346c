using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>A role of one tenant (or of the host).</summary>
[Audited]
public sealed class AppRole : IdentityRole<Guid>, IMultiTenant
{
    private AppRole()
    {
    }

    /// <summary>Creates a role of the given tenant (null = host).</summary>
    public AppRole(Guid id, Guid? tenantId, string name)
        : base(name)
    {
        Id = id;
        TenantId = tenantId;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}
