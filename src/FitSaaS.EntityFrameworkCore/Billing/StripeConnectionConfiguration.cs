using FitSaaS.Billing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class StripeConnectionConfiguration : IEntityTypeConfiguration<StripeConnection>
{
    public void Configure(EntityTypeBuilder<StripeConnection> builder)
    {
        builder.ToTable("StripeConnections");
        builder.Property(c => c.AccountId).HasMaxLength(StripeConnection.MaxIdLength).IsRequired();
        builder.HasIndex(c => c.TenantId).IsUnique();
        builder.HasIndex(c => c.AccountId).IsUnique();
    }
}
