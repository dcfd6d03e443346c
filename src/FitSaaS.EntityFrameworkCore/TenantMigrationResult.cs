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
