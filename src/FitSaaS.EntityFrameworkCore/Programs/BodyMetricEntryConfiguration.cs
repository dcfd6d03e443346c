using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// Maps <see cref="BodyMetricEntry"/>. The canonical value keeps ten decimals: a value of at most three decimals times 0.45359237
/// (eight) or 2.54 (two) is exact in it.
/// </summary>
internal sealed class BodyMetricEntryConfiguration : IEntityTypeConfiguration<BodyMetricEntry>
{
    public void Configure(EntityTypeBuilder<BodyMetricEntry> builder)
    {
        builder.ToTable("BodyMetricEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Value).HasPrecision(28, 11);
        builder.Property(e => e.DisplayValue).HasPrecision(18, 3);
        builder.Property(e => e.DisplayUnit).IsRequired().HasConversion<string>().HasMaxLength(BodyMetricConsts.MaxEnumLength);
        builder.Property(e => e.Notes).HasMaxLength(BodyMetricConsts.MaxNotesLength);

        // A member's history of a metric by measured-at, the latest entry, and "is the metric used".
        builder.HasIndex(e => new { e.TenantId, e.MemberId, e.MetricId, e.MeasuredAt });
        builder.HasIndex(e => new { e.TenantId, e.MetricId });
    }
}
