using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class CardCollectionConfiguration : IEntityTypeConfiguration<CardCollection>
{
    public void Configure(EntityTypeBuilder<CardCollection> builder)
    {
        builder.ToTable("CardCollections");
        builder.Property(c => c.LastDeclineCode).HasMaxLength(100);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.InvoiceId).IsUnique();
        builder.HasIndex(c => new { c.Status, c.NextAttemptAtUtc });
    }
}
