using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps <see cref="Notification"/>: one per (tenant, recipient, source key); enums as strings.</summary>
internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).IsRequired().HasConversion<string>().HasMaxLength(NotificationConsts.MaxEnumLength);
        builder.Property(n => n.Category).IsRequired().HasConversion<string>().HasMaxLength(NotificationConsts.MaxEnumLength);
        builder.Property(n => n.SourceKey).IsRequired().HasMaxLength(NotificationConsts.MaxSourceKeyLength);
        builder.Property(n => n.Title).IsRequired().HasMaxLength(NotificationConsts.MaxTitleLength);
        builder.Property(n => n.Body).IsRequired().HasMaxLength(NotificationConsts.MaxBodyLength);
        builder.Property(n => n.LinkEntityType).HasMaxLength(NotificationConsts.MaxLinkEntityTypeLength);
        builder.HasIndex(n => new { n.TenantId, n.RecipientUserId, n.SourceKey }).IsUnique();
        builder.HasIndex(n => new { n.TenantId, n.RecipientUserId, n.CreatedAtUtc });
    }
}
