using FitSaaS.Framework.Domain;

namespace FitSaaS.TenantManagement;

/// <summary>
/// The DbMigrator's record of the last run for one tenant (id = tenant id): last applied migration, outcome,
/// an error summary without secrets, and when it finished. A re-run retries tenants that failed or are pending
/// and skips tenants whose database is up to date. Host-owned.
/// </summary>
public sealed class TenantMigrationStatus : Entity<Guid>, IHostEntity
{
    private TenantMigrationStatus()
    {
    }

    /// <summary>Creates the record of tenant <paramref name="tenantId"/>.</summary>
    public TenantMigrationStatus(Guid tenantId)
        : base(tenantId)
    {
    }

    /// <summary>The last migration applied to the tenant's database (null before the first success).</summary>
    public string? LastAppliedMigration { get; private set; }

    /// <summary>Outcome of the last run.</summary>
    public TenantMigrationState State { get; private set; }

    /// <summary>Why the last run failed (exception type and message, secrets removed; at most 1000 characters).</summary>
    public string? Error { get; private set; }

    /// <summary>UTC instant the last run finished.</summary>
    public DateTime? FinishedAtUtc { get; private set; }

    /// <summary>Records a successful run.</summary>
    public void Succeeded(string? lastAppliedMigration, DateTime now)
    {
        LastAppliedMigration = lastAppliedMigration;
        State = TenantMigrationState.Succeeded;
        Error = null;
        FinishedAtUtc = now;
    }

    /// <summary>Records a failed run.</summary>
    public void Failed(string error, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(error);
        State = TenantMigrationState.Failed;
        Error = error.Length > TenantConsts.MaxMigrationErrorLength ? error[..TenantConsts.MaxMigrationErrorLength] : error;
        FinishedAtUtc = now;
    }
}
