using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps <see cref="BodyMetricDefinition"/>: enums as strings, bounds as exact decimals.</summary>
internal sealed class BodyMetricDefinitionConfiguration : IEntityTypeConfiguration<BodyMetricDefinition>
{
    public void Configure(EntityTypeBuilder<BodyMetricDefinition> builder)
    {
        builder.ToTable("BodyMetricDefinitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).IsRequired().HasMaxLength(BodyMetricConsts.MaxNameLength);
        builder.Property(d => d.NormalizedName).IsRequired().HasMaxLength(BodyMetricConsts.MaxNameLength);
        builder.Property(d => d.UnitKind).IsRequired().HasConversion<string>().HasMaxLength(BodyMetricConsts.MaxEnumLength);
        builder.Property(d => d.UnitLabel).HasMaxLength(BodyMetricConsts.MaxUnitLabelLength);
        builder.Property(d => d.MinValue).HasPrecision(18, 3);
        builder.Property(d => d.MaxValue).HasPrecision(18, 3);
        builder.Property(d => d.Preference).IsRequired().HasConversion<string>().HasMaxLength(BodyMetricConsts.MaxEnumLength);
        builder.HasIndex(d => new { d.TenantId, d.NormalizedName });
    }
}
