using FitSaaS.Bookings;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.Options;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// Host: seeds the editions <c>Free</c>, <c>Studio</c> and <c>Pro</c> when missing (existing editions are
/// left as operators changed them). Tenant: puts a tenant that has no edition on the one named by the seed
/// property <c>EditionId</c> or <c>EditionName</c>, else on <c>Pro</c> for the demo tenant (demo seed) and
/// on <see cref="FeatureManagementOptions.DefaultEdition"/> otherwise. Idempotent.
/// </summary>
public sealed class EditionDataSeedContributor(
    IEditionRepository editions,
    ITenantRepository tenants,
    EditionManager editionManager,
    TenantFeatureManager tenantFeatureManager,
    IOptions<FeatureManagementOptions> options) : IDataSeedContributor, ITransientDependency
{
    /// <summary>Seed property: id of the new tenant's edition.</summary>
    public const string EditionIdProperty = "EditionId";

    /// <summary>Seed property: name of the new tenant's edition.</summary>
    public const string EditionNameProperty = "EditionName";

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

        var requestedId = context.Properties.TryGetValue(EditionIdProperty, out var id) ? id as Guid? : null;
        var requestedName = context.Properties.TryGetValue(EditionNameProperty, out var name) ? name as string : null;
        Guid? editionId;
        if (requestedId is not null || !string.IsNullOrWhiteSpace(requestedName))
        {
            editionId = await tenantFeatureManager.GetEditionIdAsync(requestedId, requestedName, cancellationToken);
        }
        else
        {
            var editionName = context.IncludeDemoData ? EditionNames.Pro : options.Value.DefaultEdition;
            editionId = (await editions.FindValuesAsync(null, editionName.Trim().ToUpperInvariant(), cancellationToken))?.Id;
        }

        if (editionId is not null)
        {
            await tenantFeatureManager.AssignEditionAsync(tenant, editionId, null, cancellationToken);
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
            editionManager.SetValues(edition, values);
            await editions.InsertAsync(edition, autoSave: true, cancellationToken);
        }
    }
}
