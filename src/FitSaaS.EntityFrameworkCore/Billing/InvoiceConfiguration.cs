using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.Ignore(i => i.AmountDue);
        builder.Property(i => i.Number).HasMaxLength(InvoiceConsts.MaxNumberLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(i => i.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(i => i.SourceKey).HasMaxLength(InvoiceConsts.MaxSourceKeyLength);
        builder.Property(i => i.ClosedReason).HasMaxLength(InvoiceConsts.MaxReasonLength);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Gap-free numbering: one invoice per number, one per source (a membership's period, a booking's penalty).
        builder.HasIndex(i => new { i.TenantId, i.SequenceNumber }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.SourceKey }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.MemberId, i.Status });
        builder.HasIndex(i => new { i.MembershipId, i.Status, i.DueAtUtc });
        builder.HasIndex(i => new { i.TenantId, i.IssuedAtUtc });
    }
}
