using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Property(p => p.Provider).HasMaxLength(InvoiceConsts.MaxProviderLength).IsRequired();
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(24).IsRequired();
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(p => p.Reference).HasMaxLength(InvoiceConsts.MaxReferenceLength);
        builder.Property(p => p.ProviderReference).HasMaxLength(InvoiceConsts.MaxReferenceLength);
        builder.HasIndex(p => p.ProviderReference);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Refunds).WithOne().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.TenantId, p.MemberId, p.ReceivedAtUtc });
        builder.HasIndex(p => p.InvoiceId);
    }
}
