using FitSaaS.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Bookings;

internal sealed class ClassScheduleConfiguration : IEntityTypeConfiguration<ClassSchedule>
{
    public void Configure(EntityTypeBuilder<ClassSchedule> builder)
    {
        builder.ToTable("ClassSchedules");
        builder.Property(s => s.RecurrenceRule).IsRequired().HasMaxLength(ClassScheduleConsts.MaxRecurrenceRuleLength);
        // A primitive collection: a date[] column on PostgreSQL, JSON text on SQLite (EF Core 8+).
        builder.PrimitiveCollection(s => s.ExcludedDates);
        builder.Property(s => s.LockVersion).HasDefaultValue(0L);
        builder.HasOne<ClassType>().WithMany().HasForeignKey(s => s.ClassTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.LocationId });
    }
}
