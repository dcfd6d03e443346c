using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        // Its id is set by the aggregate: added to a tracked parent it is new, not an update of a row.
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.ToTable("InvoiceLines");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(l => l.Description).HasMaxLength(InvoiceConsts.MaxLineDescriptionLength).IsRequired();
        builder.Property(l => l.TaxRatePercent).HasPrecision(7, 4);
        builder.Property(l => l.TaxMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.SourceKey).HasMaxLength(InvoiceConsts.MaxSourceKeyLength);
    }
}
