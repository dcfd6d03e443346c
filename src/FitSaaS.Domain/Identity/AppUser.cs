using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>
/// A user of one tenant (or of the host when <see cref="TenantId"/> is null), on ASP.NET Core
/// Identity: password hashing, lockout and security stamps come from there. User name and e-mail are
/// unique within a tenant, not globally.
/// </summary>
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

    /// <inheritdoc/>
    public DateTime CreationTime { get; set; }

    /// <inheritdoc/>
    public Guid? CreatorId { get; set; }
}

/// <summary>A role of one tenant (or of the host).</summary>
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

/// <summary>User–role link, tenant-stamped so the tenant filter applies to it as well.</summary>
public sealed class AppUserRole : IdentityUserRole<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}

/// <summary>A claim of a user.</summary>
public sealed class AppUserClaim : IdentityUserClaim<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}

/// <summary>An external login of a user.</summary>
public sealed class AppUserLogin : IdentityUserLogin<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}

/// <summary>An authentication token of a user (e.g. authenticator keys).</summary>
public sealed class AppUserToken : IdentityUserToken<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}

/// <summary>A claim of a role.</summary>
public sealed class AppRoleClaim : IdentityRoleClaim<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}
