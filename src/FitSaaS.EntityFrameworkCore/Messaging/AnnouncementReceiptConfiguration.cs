using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps <see cref="AnnouncementReceipt"/>: one per announcement and user (unique).</summary>
internal sealed class AnnouncementReceiptConfiguration : IEntityTypeConfiguration<AnnouncementReceipt>
{
    public void Configure(EntityTypeBuilder<AnnouncementReceipt> builder)
    {
        builder.ToTable("AnnouncementReceipts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.AnnouncementId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.UserId, r.DeliveredAtUtc });
        builder.HasOne<Announcement>().WithMany().HasForeignKey(r => r.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
    }
}
