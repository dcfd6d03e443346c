using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("Plans");
        builder.Ignore(p => p.IsUnlimited);
        builder.Property(p => p.Name).HasMaxLength(PlanConsts.MaxNameLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(PlanConsts.MaxDescriptionLength);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(p => p.TaxRatePercent).HasPrecision(7, 4);
        builder.Property(p => p.TaxMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Interval).HasConversion<string>().HasMaxLength(8);
        builder.Property(p => p.Activation).HasConversion<string>().HasMaxLength(16);
        // Primitive collections: uuid[] on PostgreSQL, JSON text on SQLite (EF Core 8+).
        builder.PrimitiveCollection(p => p.ClassTypeIds);
        builder.PrimitiveCollection(p => p.LocationIds);
        builder.PrimitiveCollection(p => p.CourseSessionIds);
        builder.HasIndex(p => new { p.TenantId, p.Name });
    }
}
