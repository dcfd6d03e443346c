using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class CreditNoteConfiguration : IEntityTypeConfiguration<CreditNote>
{
    public void Configure(EntityTypeBuilder<CreditNote> builder)
    {
        builder.ToTable("CreditNotes");
        builder.Property(c => c.Number).HasMaxLength(InvoiceConsts.MaxNumberLength).IsRequired();
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(InvoiceConsts.MaxReasonLength).IsRequired();
        builder.HasOne<Invoice>().WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.SequenceNumber }).IsUnique();
    }
}
