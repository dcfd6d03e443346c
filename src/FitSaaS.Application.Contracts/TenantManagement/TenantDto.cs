namespace FitSaaS.TenantManagement;

/// <summary>A tenant as platform operators see it.</summary>
public sealed class TenantDto
{
    /// <summary>Tenant id.</summary>
    public Guid Id { get; init; }

    /// <summary>Unique lower-case name (sub-domain, <c>__tenant</c> value).</summary>
    public required string Name { get; init; }

    /// <summary>False when deactivated.</summary>
    public bool IsActive { get; init; }

    /// <summary>True when the tenant's data lives in its own database (the connection string itself is never returned).</summary>
    public bool HasOwnDatabase { get; init; }

    /// <summary>Custom domains (lower-case host names) that resolve to the tenant.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Concurrency stamp; send it back on update.</summary>
    public required string ConcurrencyStamp { get; init; }

    /// <summary>The edition (platform tier) the tenant is on; null = none. Manage it at <c>/api/feature-management/tenants/{id}/edition</c>.</summary>
    public Guid? EditionId { get; init; }

    /// <summary>UTC instant the edition ends (a trial); null = no end.</summary>
    public DateTime? EditionEndDateUtc { get; init; }
}
