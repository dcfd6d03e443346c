using FitSaaS.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Bookings;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    /// <summary>Unique index: one active (not cancelled or late-cancelled) booking per member and session.</summary>
    public const string ActiveBookingIndexName = "IX_Bookings_ClassSessionId_MemberId_Active";

    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("Bookings");
        builder.Ignore(b => b.IsActive);
        builder.Ignore(b => b.HoldsSeat);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(b => b.StaffReason).HasMaxLength(BookingConsts.MaxReasonLength);
        builder.HasOne<ClassSession>().WithMany().HasForeignKey(b => b.ClassSessionId).OnDelete(DeleteBehavior.Restrict);

        // Double-quoted identifiers and a string literal: the same filter SQL works on SQLite and PostgreSQL.
        builder.HasIndex(b => new { b.ClassSessionId, b.MemberId })
            .IsUnique()
            .HasFilter("\"Status\" NOT IN ('Cancelled', 'LateCancelled')")
            .HasDatabaseName(ActiveBookingIndexName);
        builder.HasIndex(b => new { b.ClassSessionId, b.Status, b.WaitlistPosition });
        builder.HasIndex(b => new { b.TenantId, b.MemberId, b.BookedAtUtc });
        // A member's bookings by session start: the limits and the strike restriction on every booking (one range, no join),
        // a member's upcoming bookings and history.
        builder.HasIndex(b => new { b.MemberId, b.SessionStartsAtUtc });
        // The hold-expiry and no-show jobs look for pending and confirmed bookings across sessions.
        builder.HasIndex(b => new { b.Status, b.HoldExpiresAtUtc });
        // The reminder job looks for confirmed bookings of sessions starting soon.
        builder.HasIndex(b => new { b.Status, b.SessionStartsAtUtc });
    }
}
