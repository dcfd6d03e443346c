using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps <see cref="NotificationEmailDelivery"/>: one per (tenant, recipient, source key).</summary>
internal sealed class NotificationEmailDeliveryConfiguration : IEntityTypeConfiguration<NotificationEmailDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationEmailDelivery> builder)
    {
        builder.ToTable("NotificationEmailDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).IsRequired().HasConversion<string>().HasMaxLength(NotificationConsts.MaxEnumLength);
        builder.Property(d => d.SourceKey).IsRequired().HasMaxLength(NotificationConsts.MaxSourceKeyLength);
        builder.Property(d => d.Subject).IsRequired().HasMaxLength(NotificationConsts.MaxTitleLength);
        builder.Property(d => d.Body).IsRequired().HasMaxLength(NotificationConsts.MaxBodyLength);
        builder.HasIndex(d => new { d.TenantId, d.RecipientUserId, d.SourceKey }).IsUnique();
    }
}
