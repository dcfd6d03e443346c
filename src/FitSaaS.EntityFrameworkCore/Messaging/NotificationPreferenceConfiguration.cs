using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps <see cref="NotificationPreference"/>: at most one per (tenant, user).</summary>
internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.EmailOptOuts).IsRequired().HasMaxLength(NotificationConsts.MaxOptOutsLength);
        builder.Property(p => p.TimeZoneId).HasMaxLength(NotificationConsts.MaxTimeZoneIdLength);
        builder.Property(p => p.Language).HasMaxLength(NotificationConsts.MaxLanguageLength);
        builder.HasIndex(p => new { p.TenantId, p.UserId }).IsUnique();
    }
}
