using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps <see cref="Announcement"/>: enums as strings.</summary>
internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.ToTable("Announcements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).IsRequired().HasMaxLength(AnnouncementConsts.MaxTitleLength);
        builder.Property(a => a.Body).IsRequired().HasMaxLength(AnnouncementConsts.MaxBodyLength);
        builder.Property(a => a.AudienceKind).IsRequired().HasConversion<string>().HasMaxLength(AnnouncementConsts.MaxEnumLength);
        builder.Property(a => a.Status).IsRequired().HasConversion<string>().HasMaxLength(AnnouncementConsts.MaxEnumLength);
        builder.Ignore(a => a.IsDraft);
        builder.HasIndex(a => new { a.TenantId, a.Status, a.ScheduledAtUtc });
        builder.HasIndex(a => new { a.TenantId, a.CreationTime });
    }
}
