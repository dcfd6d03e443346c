using FitSaaS.Billing.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing.Platform;

internal sealed class TenantSubscriptionConfiguration : IEntityTypeConfiguration<TenantSubscription>
{
    public void Configure(EntityTypeBuilder<TenantSubscription> builder)
    {
        builder.ToTable("PlatformTenantSubscriptions");
        builder.Property(s => s.StripeCustomerId).HasMaxLength(PlatformBillingConsts.MaxStripeIdLength).IsRequired();
        builder.Property(s => s.StripeSubscriptionId).HasMaxLength(PlatformBillingConsts.MaxStripeIdLength);
        builder.Property(s => s.Interval).HasConversion<string>().HasMaxLength(8).IsRequired();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(24).IsRequired();
        builder.Property(s => s.LastPaymentFailure).HasMaxLength(PlatformBillingConsts.MaxFailureMessageLength);
        builder.HasIndex(s => s.TenantId).IsUnique();
        builder.HasIndex(s => s.StripeSubscriptionId);
    }
}
