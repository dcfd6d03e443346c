namespace FitSaaS.EntityFrameworkCore;

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
