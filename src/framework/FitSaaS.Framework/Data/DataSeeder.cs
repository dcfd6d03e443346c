using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.Data;

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
