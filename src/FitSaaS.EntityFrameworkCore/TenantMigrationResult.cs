using FitSaaS.TenantManagement;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>What the migrator did for one tenant.</summary>
/// <param name="TenantId">Tenant id.</param>
/// <param name="TenantName">Tenant name.</param>
/// <param name="HasOwnDatabase">True when the tenant has its own database (migrated, then seeded).</param>
/// <param name="State">Outcome.</param>
/// <param name="Skipped">True when the tenant was up to date and nothing ran.</param>
/// <param name="LastAppliedMigration">The last migration of its database after the run.</param>
/// <param name="Error">Why it failed (no secrets), or null.</param>
/// <param name="Duration">How long it took.</param>
public sealed record TenantMigrationResult(
    Guid TenantId, string TenantName, bool HasOwnDatabase, TenantMigrationState State, bool Skipped, string? LastAppliedMigration, string? Error, TimeSpan Duration);

/// <summary>Options of a migrator run.</summary>
public sealed class DbMigrationRunOptions
{
    /// <summary>Also create and seed the demo tenant <c>demo-gym</c>.</summary>
    public bool IncludeDemoData { get; init; }

    /// <summary>How many tenant databases are migrated at once; default 4, at least 1.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>Seed tenants whose last run succeeded on the current migration too (default false: they are skipped).</summary>
    public bool ReseedUpToDate { get; init; }

    /// <summary>Called when a tenant starts (tenant name, own database).</summary>
    public Action<string, bool>? TenantStarted { get; init; }

    /// <summary>Called when a tenant finished (also for skipped tenants).</summary>
    public Action<TenantMigrationResult>? TenantFinished { get; init; }
}
