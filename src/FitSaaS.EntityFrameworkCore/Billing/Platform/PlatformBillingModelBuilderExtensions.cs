using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing.Platform;

/// <summary>Maps platform billing's entities.</summary>
public static class PlatformBillingModelBuilderExtensions
{
    /// <summary>Applies platform billing's entity configurations.</summary>
    public static void ConfigurePlatformBilling(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new EditionPriceConfiguration());
        modelBuilder.ApplyConfiguration(new TenantSubscriptionConfiguration());
    }
}
