using FitSaaS.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Bookings;

internal sealed class ClassSessionConfiguration : IEntityTypeConfiguration<ClassSession>
{
    public void Configure(EntityTypeBuilder<ClassSession> builder)
    {
        builder.ToTable("ClassSessions");
        builder.ConfigureBookingPolicy(x => x.Policy);
        builder.Ignore(s => s.EndsAtUtc);
        builder.Ignore(s => s.AvailableSeats);
        builder.Ignore(s => s.HasFreeSeat);
        builder.Property(s => s.LockVersion).HasDefaultValue(0L);
        builder.Property(s => s.CancellationReason).HasMaxLength(ClassSessionConsts.MaxCancellationReasonLength);
        builder.HasOne<ClassType>().WithMany().HasForeignKey(s => s.ClassTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.StartsAtUtc });
        // One session per occurrence of a schedule, deleted ones included (generation never repeats an occurrence);
        // one-off sessions have no schedule, and NULLs never collide in a unique index.
        // ClientNoAction, not Restrict: deleting a schedule is a soft delete, and with Restrict EF Core would null the link of
        // the tracked sessions the deletion keeps (booked ones); the database still refuses a hard delete of a used schedule.
        builder.HasOne<ClassSchedule>().WithMany().HasForeignKey(s => s.ClassScheduleId).OnDelete(DeleteBehavior.ClientNoAction);
        builder.HasIndex(s => new { s.ClassScheduleId, s.OccurrenceDate }).IsUnique();
    }
}
