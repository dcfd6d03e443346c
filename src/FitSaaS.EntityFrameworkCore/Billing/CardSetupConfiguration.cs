using FitSaaS.Billing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class CardSetupConfiguration : IEntityTypeConfiguration<CardSetup>
{
    public void Configure(EntityTypeBuilder<CardSetup> builder)
    {
        builder.ToTable("CardSetups");
        builder.Property(c => c.AccountId).HasMaxLength(StripeConnection.MaxIdLength).IsRequired();
        builder.Property(c => c.SetupIntentId).HasMaxLength(StripeConnection.MaxIdLength).IsRequired();
        builder.Property(c => c.PaymentMethodId).HasMaxLength(StripeConnection.MaxIdLength);
        builder.Property(c => c.FailureCode).HasMaxLength(CardSetup.MaxFailureCodeLength);
        builder.Property(c => c.FailureMessage).HasMaxLength(CardSetup.MaxFailureMessageLength);
        builder.HasIndex(c => new { c.TenantId, c.SetupIntentId }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.MemberId, c.CreatedAtUtc });
    }
}
