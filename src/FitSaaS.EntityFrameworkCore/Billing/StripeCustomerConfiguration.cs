using FitSaaS.Billing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class StripeCustomerConfiguration : IEntityTypeConfiguration<StripeCustomer>
{
    public void Configure(EntityTypeBuilder<StripeCustomer> builder)
    {
        builder.ToTable("StripeCustomers");
        builder.Property(c => c.AccountId).HasMaxLength(StripeConnection.MaxIdLength).IsRequired();
        builder.Property(c => c.CustomerId).HasMaxLength(StripeConnection.MaxIdLength).IsRequired();
        builder.Property(c => c.DefaultPaymentMethodId).HasMaxLength(StripeConnection.MaxIdLength);
        builder.HasIndex(c => new { c.TenantId, c.MemberId, c.AccountId }).IsUnique();
        builder.HasIndex(c => c.CustomerId);
    }
}
