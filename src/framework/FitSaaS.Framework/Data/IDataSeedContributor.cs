namespace FitSaaS.Framework.Data;

/// <summary>
/// Seeds one module's data for a tenant or the host. Must be idempotent: a second run changes and
/// duplicates nothing. Registered by convention (implement <see cref="DependencyInjection.ITransientDependency"/>).
/// </summary>
public interface IDataSeedContributor
{
    /// <summary>Seeds; runs inside the seeder's unit of work, in the context's tenant.</summary>
    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default);
}
