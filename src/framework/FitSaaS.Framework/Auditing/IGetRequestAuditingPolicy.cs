namespace FitSaaS.Framework.Auditing;

/// <summary>
/// Decides whether the successful reads of a tenant are audited (<see cref="AuditingOptions.IsEnabledForGetRequests"/>
/// for everyone, or a per-tenant switch; the AuditLogging module registers <c>SettingGetRequestAuditingPolicy</c>). Asked once per read request (or per outermost read call outside a request),
/// so implementations must answer from memory on the hot path.
/// </summary>
public interface IGetRequestAuditingPolicy
{
    /// <summary>True when successful reads of <paramref name="tenantId"/> (null: the host) are recorded.</summary>
    ValueTask<bool> IsEnabledForGetRequestsAsync(Guid? tenantId, CancellationToken cancellationToken = default);
}
