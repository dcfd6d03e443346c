using FitSaaS.Billing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class StripeWebhookEventConfiguration : IEntityTypeConfiguration<StripeWebhookEvent>
{
    /// <summary>The table, named in the unique violation a concurrent delivery of the same event meets.</summary>
    public const string TableName = "StripeWebhookEvents";

    public void Configure(EntityTypeBuilder<StripeWebhookEvent> builder)
    {
        builder.ToTable(TableName);
        builder.Property(e => e.EventId).HasMaxLength(StripeConnection.MaxIdLength).IsRequired();
        builder.Property(e => e.Type).HasMaxLength(StripeWebhookEvent.MaxTypeLength).IsRequired();
        builder.Property(e => e.AccountId).HasMaxLength(StripeConnection.MaxIdLength);

        // Stripe's event ids are unique across accounts: one key, whatever tenant recorded it (exactly once, DOMAIN.md §3.5).
        builder.HasIndex(e => e.EventId).IsUnique();
    }
}
