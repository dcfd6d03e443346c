using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.Options;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// Host: seeds the editions <c>Free</c>, <c>Studio</c> and <c>Pro</c> when missing, with the values the modules set in
/// <see cref="EditionDefaultsOptions"/> (existing editions are
/// left as operators changed them). Tenant: puts a tenant that has no edition yet (created before editions
/// existed, or the demo tenant) on <c>Pro</c> for the demo seed and on <see cref="FeatureManagementOptions.DefaultEdition"/>
/// otherwise; tenants created through the API get theirs at creation. Idempotent.
/// </summary>
public sealed class EditionDataSeedContributor(
    IEditionRepository editions,
    ITenantRepository tenants,
    EditionManager editionManager,
    TenantFeatureManager tenantFeatureManager,
    IOptions<EditionDefaultsOptions> defaults) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The seeded editions (name, display name), cheapest first; their values come from <see cref="EditionDefaultsOptions"/>.</summary>
    public static IReadOnlyList<(string Name, string DisplayName)> SeedEditions { get; } =
    [
        (EditionNames.Free, "Free"),
        (EditionNames.Studio, "Studio"),
        (EditionNames.Pro, "Pro"),
    ];

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TenantId is not { } tenantId)
        {
            await SeedEditionsAsync(cancellationToken);
            return;
        }

        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        if (tenant is null || tenant.EditionId is not null)
        {
            return;
        }

        await tenantFeatureManager.AssignInitialEditionAsync(tenant, null, null, context.IncludeDemoData, cancellationToken);
        if (tenant.EditionId is not null)
        {
            await tenants.UpdateAsync(tenant, cancellationToken: cancellationToken);
        }
    }

    private async Task SeedEditionsAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, displayName) in SeedEditions)
        {
            if (await editions.FindByNameAsync(name.ToUpperInvariant(), cancellationToken) is not null)
            {
                continue;
            }

            var edition = await editionManager.CreateAsync(name, displayName, cancellationToken);
            await editionManager.SetValuesAsync(edition, defaults.Value.For(name));
            await editions.InsertAsync(edition, autoSave: true, cancellationToken);
        }
    }
}
