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
        builder.Property(r => r.Reason).HasMaxLength(InvoiceConsts.MaxReasonLength).IsRequired();
        builder.Property(r => r.ProviderReference).HasMaxLength(InvoiceConsts.MaxReferenceLength);

        // A provider's refund (Stripe's re_…) is recorded once, however many events report it.
        builder.HasIndex(r => r.ProviderReference).IsUnique().HasFilter("\"ProviderReference\" IS NOT NULL");
        builder.HasOne<CreditNote>().WithMany().HasForeignKey(r => r.CreditNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}
