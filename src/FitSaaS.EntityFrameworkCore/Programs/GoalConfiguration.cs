using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps <see cref="Goal"/>: enums as strings, values as exact decimals.</summary>
internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.ToTable("Goals");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Kind).IsRequired().HasConversion<string>().HasMaxLength(BodyMetricConsts.MaxEnumLength);
        builder.Property(g => g.Title).HasMaxLength(GoalConsts.MaxTitleLength);
        builder.Property(g => g.Direction).IsRequired().HasConversion<string>().HasMaxLength(BodyMetricConsts.MaxEnumLength);
        builder.Property(g => g.TargetValue).HasPrecision(28, 11);
        builder.Property(g => g.TargetDisplayValue).HasPrecision(18, 3);
        builder.Property(g => g.TargetDisplayUnit).HasConversion<string>().HasMaxLength(BodyMetricConsts.MaxEnumLength);
        builder.Property(g => g.StartValue).HasPrecision(28, 11);
        builder.Property(g => g.Division).HasConversion<string>().HasMaxLength(BodyMetricConsts.MaxEnumLength);
        builder.Property(g => g.ScoringType).HasConversion<string>().HasMaxLength(BodyMetricConsts.MaxEnumLength);
        builder.Ignore(g => g.IsAbandoned);
        builder.HasIndex(g => new { g.TenantId, g.MemberId });
        builder.HasIndex(g => new { g.TenantId, g.MetricId });
    }
}
