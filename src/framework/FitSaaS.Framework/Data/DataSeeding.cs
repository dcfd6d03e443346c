using Microsoft.Extensions.DependencyInjection;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;

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

/// <summary>
/// Seeds one module's data for a tenant or the host. Must be idempotent: a second run changes and
/// duplicates nothing. Registered by convention (implement <see cref="DependencyInjection.ITransientDependency"/>).
/// </summary>
public interface IDataSeedContributor
{
    /// <summary>Seeds; runs inside the seeder's unit of work, in the context's tenant.</summary>
    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default);
}

/// <summary>Runs every seed contributor, in module order, in one unit of work in the context's tenant.</summary>
public interface IDataSeeder
{
    /// <summary>Seeds the host or a tenant.</summary>
    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default);
}

/// <summary>
/// Default <see cref="IDataSeeder"/>: runs in the caller's scope and joins the caller's unit of work
/// when there is one (so creating a tenant and seeding it commit or roll back together).
/// </summary>
public sealed class DataSeeder(IServiceProvider services, IUnitOfWorkManager unitOfWorkManager, ICurrentTenant currentTenant) : IDataSeeder
{
    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var tenantScope = currentTenant.Change(context.TenantId);
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: cancellationToken);
        foreach (var contributor in services.GetServices<IDataSeedContributor>())
        {
            await contributor.SeedAsync(context, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        await unitOfWork.CompleteAsync(cancellationToken);
    }
}
