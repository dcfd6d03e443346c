using FitSaaS.Billing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class PaymentDisputeConfiguration : IEntityTypeConfiguration<PaymentDispute>
{
    public void Configure(EntityTypeBuilder<PaymentDispute> builder)
    {
        builder.ToTable("PaymentDisputes");
        builder.Property(d => d.DisputeId).HasMaxLength(StripeConnection.MaxIdLength).IsRequired();
        builder.Property(d => d.PaymentIntentId).HasMaxLength(StripeConnection.MaxIdLength);
        builder.Property(d => d.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(d => d.Reason).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Status).HasMaxLength(50).IsRequired();
        builder.HasIndex(d => d.DisputeId).IsUnique();
        builder.HasIndex(d => d.OpenedAtUtc);
    }
}
