using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;

namespace FitSaaS.Framework.Auditing;

/// <summary>Copies who and for which tenant from the current user and tenant into an audit entry.</summary>
public static class AuditLogPrincipal
{
    /// <summary>Claim naming the user who impersonates the signed-in user.</summary>
    public const string ImpersonatorUserIdClaim = "impersonator_user_id";

    /// <summary>Claim naming the impersonator's tenant.</summary>
    public const string ImpersonatorTenantIdClaim = "impersonator_tenant_id";

    /// <summary>Fills user, tenant, client and impersonator of <paramref name="log"/>.</summary>
    public static void Fill(AuditLogInfo log, ICurrentUser currentUser, ICurrentTenant currentTenant)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(currentTenant);
        log.TenantId = currentTenant.Id;
        log.TenantName = currentTenant.Name;
        if (!currentUser.IsAuthenticated)
        {
            return;
        }

        var principal = currentUser.Principal;
        log.UserId = currentUser.Id;
        log.UserName = currentUser.UserName;
        log.ClientId = principal?.FindFirst(FitSaaSClaimTypes.ClientId)?.Value;
        log.ImpersonatorUserId = Guid.TryParse(principal?.FindFirst(ImpersonatorUserIdClaim)?.Value, out var impersonator) ? impersonator : null;
        log.ImpersonatorTenantId = Guid.TryParse(principal?.FindFirst(ImpersonatorTenantIdClaim)?.Value, out var impersonatorTenant) ? impersonatorTenant : null;
    }
}
