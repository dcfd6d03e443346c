namespace FitSaaS.Framework.Data;

/// <summary>Runs every seed contributor, in module order, in one unit of work in the context's tenant.</summary>
public interface IDataSeeder
{
    /// <summary>Seeds the host or a tenant.</summary>
    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default);
}
