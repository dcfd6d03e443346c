namespace FitSaaS.TenantManagement;

/// <summary>Outcome of the DbMigrator's last run for a tenant.</summary>
public enum TenantMigrationState
{
    /// <summary>Not run yet.</summary>
    Pending = 0,

    /// <summary>Migrated (own database) and seeded.</summary>
    Succeeded = 1,

    /// <summary>The run failed; the next run retries it.</summary>
    Failed = 2,
}
