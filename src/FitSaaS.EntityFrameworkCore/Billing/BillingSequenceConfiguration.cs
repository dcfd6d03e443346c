using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class BillingSequenceConfiguration : IEntityTypeConfiguration<BillingSequence>
{
    public void Configure(EntityTypeBuilder<BillingSequence> builder)
    {
        builder.ToTable("BillingSequences");
        builder.Property(s => s.Name).HasMaxLength(32).IsRequired();
        builder.HasIndex(s => new { s.TenantId, s.Name }).IsUnique();
    }
}
