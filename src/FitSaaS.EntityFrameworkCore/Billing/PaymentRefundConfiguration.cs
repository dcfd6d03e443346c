using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> builder)
    {
        // Its id is set by the aggregate: added to a tracked parent it is new, not an update of a row.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("PaymentRefunds");
        // A refund is added to a tracked payment with its id already set: with the default "generated on add" key, EF Core
        // would take it for an existing row and UPDATE it (0 rows: a concurrency conflict) instead of inserting it.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(InvoiceConsts.MaxReasonLength).IsRequired();
        builder.Property(r => r.ProviderReference).HasMaxLength(InvoiceConsts.MaxReferenceLength);
        builder.HasOne<CreditNote>().WithMany().HasForeignKey(r => r.CreditNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}
