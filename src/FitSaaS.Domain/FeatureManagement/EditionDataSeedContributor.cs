using FitSaaS.Bookings;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.TenantManagement;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// Host: seeds the editions <c>Free</c>, <c>Studio</c> and <c>Pro</c> when missing (existing editions are
/// left as operators changed them). Tenant: puts a tenant that has no edition yet (created before editions
/// existed, or the demo tenant) on <c>Pro</c> for the demo seed and on <see cref="FeatureManagementOptions.DefaultEdition"/>
/// otherwise; tenants created through the API get theirs at creation. Idempotent.
/// </summary>
public sealed class EditionDataSeedContributor(
    IEditionRepository editions,
    ITenantRepository tenants,
    EditionManager editionManager,
    TenantFeatureManager tenantFeatureManager) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The seeded editions and their values; -1 means unlimited.</summary>
    public static IReadOnlyList<(string Name, string DisplayName, IReadOnlyDictionary<string, string?> Values)> SeedEditions { get; } =
    [
        (EditionNames.Free, "Free", new Dictionary<string, string?>
        {
            [ProgramsFeatures.Enabled] = "true",
            [BookingsFeatures.Waitlist] = "false",
            [BookingsFeatures.MaxLocations] = "1",
            [IdentityFeatures.MaxMembers] = "50",
            [UpcomingModulesFeatures.BillingOnlinePayments] = "false",
            [UpcomingModulesFeatures.FormsEnabled] = "false",
            [UpcomingModulesFeatures.MessagingEnabled] = "false",
        }),
        (EditionNames.Studio, "Studio", new Dictionary<string, string?>
        {
            [ProgramsFeatures.Enabled] = "true",
            [BookingsFeatures.Waitlist] = "true",
            [BookingsFeatures.MaxLocations] = "3",
            [IdentityFeatures.MaxMembers] = "500",
            [UpcomingModulesFeatures.BillingOnlinePayments] = "true",
            [UpcomingModulesFeatures.FormsEnabled] = "true",
            [UpcomingModulesFeatures.MessagingEnabled] = "false",
        }),
        (EditionNames.Pro, "Pro", new Dictionary<string, string?>
        {
            [ProgramsFeatures.Enabled] = "true",
            [BookingsFeatures.Waitlist] = "true",
            [BookingsFeatures.MaxLocations] = "-1",
            [IdentityFeatures.MaxMembers] = "-1",
            [UpcomingModulesFeatures.BillingOnlinePayments] = "true",
            [UpcomingModulesFeatures.FormsEnabled] = "true",
            [UpcomingModulesFeatures.MessagingEnabled] = "true",
        }),
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
        foreach (var (name, displayName, values) in SeedEditions)
        {
            if (await editions.FindByNameAsync(name.ToUpperInvariant(), cancellationToken) is not null)
            {
                continue;
            }

            var edition = await editionManager.CreateAsync(name, displayName, cancellationToken);
            await editionManager.SetValuesAsync(edition, values);
            await editions.InsertAsync(edition, autoSave: true, cancellationToken);
        }
    }
}
