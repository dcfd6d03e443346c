using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <summary>Maps the Bookings module's entities.</summary>
public static class BookingsModelBuilderExtensions
{
    /// <summary>Applies the Bookings module's entity configurations.</summary>
    public static void ConfigureBookings(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new LocationConfiguration());
        modelBuilder.ApplyConfiguration(new ClassTypeConfiguration());
        modelBuilder.ApplyConfiguration(new ClassScheduleConfiguration());
        modelBuilder.ApplyConfiguration(new ClassSessionConfiguration());
        modelBuilder.ApplyConfiguration(new BookingConfiguration());
        modelBuilder.ApplyConfiguration(new MemberBookingSummaryConfiguration());
    }
}
