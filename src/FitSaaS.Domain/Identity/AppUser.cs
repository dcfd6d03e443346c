using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>
/// A user of one tenant (or of the host when <see cref="TenantId"/> is null), on ASP.NET Core
/// Identity: password hashing, lockout and security stamps come from there. User name and e-mail are
/// unique within a tenant, not globally.
/// </summary>
[Audited]
public sealed class AppUser : IdentityUser<Guid>, IMultiTenant, IHasCreationAudit
{
    private AppUser()
    {
    }

    /// <summary>Creates a user of the given tenant (null = host).</summary>
    public AppUser(Guid id, Guid? tenantId, string userName, string? email)
    {
        Id = id;
        TenantId = tenantId;
        UserName = userName;
        Email = email;
        IsActive = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>False when deactivated by an admin: cannot sign in or refresh tokens.</summary>
    public bool IsActive { get; set; }

    /// <summary>Given name (ABP's <c>Name</c>), at most <see cref="IdentityConsts.MaxNameLength"/> characters; null when unknown.</summary>
    public string? Name { get; set; }

    /// <summary>Family name (ABP's <c>Surname</c>), at most <see cref="IdentityConsts.MaxSurnameLength"/> characters; null when unknown.</summary>
    public string? Surname { get; set; }

    /// <inheritdoc/>
    public DateTime CreationTime { get; set; }

    /// <inheritdoc/>
    public Guid? CreatorId { get; set; }
}
