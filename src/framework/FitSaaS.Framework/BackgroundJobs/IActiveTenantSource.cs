namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>The ids of the tenants that are active now (implemented by the TenantManagement module).</summary>
public interface IActiveTenantSource
{
    /// <summary>Every active tenant's id, in a stable order.</summary>
    Task<IReadOnlyList<Guid>> GetActiveTenantIdsAsync(CancellationToken cancellationToken = default);
}
