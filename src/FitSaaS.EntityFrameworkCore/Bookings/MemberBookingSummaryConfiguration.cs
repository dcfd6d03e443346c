using FitSaaS.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <summary>Maps <see cref="MemberBookingSummary"/>: one row per member and tenant.</summary>
public sealed class MemberBookingSummaryConfiguration : IEntityTypeConfiguration<MemberBookingSummary>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<MemberBookingSummary> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("MemberBookingSummaries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.TenantId, e.MemberUserId }).IsUnique();
    }
}
