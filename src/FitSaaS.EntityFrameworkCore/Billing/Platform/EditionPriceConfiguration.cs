using FitSaaS.Billing.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing.Platform;

internal sealed class EditionPriceConfiguration : IEntityTypeConfiguration<EditionPrice>
{
    public void Configure(EntityTypeBuilder<EditionPrice> builder)
    {
        builder.ToTable("PlatformEditionPrices");
        builder.Property(p => p.Interval).HasConversion<string>().HasMaxLength(8).IsRequired();
        builder.Property(p => p.Currency).HasMaxLength(PlatformBillingConsts.CurrencyLength).IsFixedLength().IsRequired();
        builder.Property(p => p.StripeProductId).HasMaxLength(PlatformBillingConsts.MaxStripeIdLength).IsRequired();
        builder.Property(p => p.StripePriceId).HasMaxLength(PlatformBillingConsts.MaxStripeIdLength).IsRequired();
        builder.HasIndex(p => new { p.EditionId, p.Interval }).IsUnique();
    }
}
