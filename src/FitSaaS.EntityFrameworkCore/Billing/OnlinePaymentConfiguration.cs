using FitSaaS.Billing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class OnlinePaymentConfiguration : IEntityTypeConfiguration<OnlinePayment>
{
    public void Configure(EntityTypeBuilder<OnlinePayment> builder)
    {
        builder.ToTable("OnlinePayments");
        builder.Property(p => p.AccountId).HasMaxLength(StripeConnection.MaxIdLength).IsRequired();
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(p => p.IdempotencyKey).HasMaxLength(OnlinePayment.MaxKeyLength).IsRequired();
        builder.Property(p => p.PaymentIntentId).HasMaxLength(StripeConnection.MaxIdLength);
        builder.Property(p => p.FailureCode).HasMaxLength(100);
        builder.Property(p => p.DeclineCode).HasMaxLength(100);
        builder.HasIndex(p => p.BookingId);
        builder.HasIndex(p => new { p.TenantId, p.IdempotencyKey }).IsUnique();
        builder.HasIndex(p => p.PaymentIntentId).IsUnique();
        builder.HasIndex(p => p.InvoiceId);
    }
}
