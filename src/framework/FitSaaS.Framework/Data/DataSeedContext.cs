namespace FitSaaS.Framework.Data;

/// <summary>What a seed run is for.</summary>
public sealed class DataSeedContext
{
    /// <summary>Creates a context for the host (null) or a tenant.</summary>
    public DataSeedContext(Guid? tenantId)
    {
        TenantId = tenantId;
    }

    /// <summary>The tenant being seeded; null for the host.</summary>
    public Guid? TenantId { get; }

    /// <summary>True to add demonstration data as well (DbMigrator <c>--demo</c>, embedded first start).</summary>
    public bool IncludeDemoData { get; init; }

    /// <summary>
    /// Extra values for contributors, e.g. <c>AdminEmail</c> and <c>AdminPassword</c> when a tenant is
    /// created. Held in memory only: never logged, audited or put in events.
    /// </summary>
    public IDictionary<string, object?> Properties { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
