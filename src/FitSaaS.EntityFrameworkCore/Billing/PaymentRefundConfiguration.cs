using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> builder)
    {
        builder.ToTable("PaymentRefunds");
        builder.Property(r => r.Reason).HasMaxLength(InvoiceConsts.MaxReasonLength).IsRequired();
        builder.Property(r => r.ProviderReference).HasMaxLength(InvoiceConsts.MaxReferenceLength);
        builder.HasOne<CreditNote>().WithMany().HasForeignKey(r => r.CreditNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}
