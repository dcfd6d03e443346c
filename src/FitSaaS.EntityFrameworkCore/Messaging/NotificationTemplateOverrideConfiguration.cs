using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps <see cref="NotificationTemplateOverride"/>: the kind as a string, at most one per (tenant, kind, language).</summary>
internal sealed class NotificationTemplateOverrideConfiguration : IEntityTypeConfiguration<NotificationTemplateOverride>
{
    public void Configure(EntityTypeBuilder<NotificationTemplateOverride> builder)
    {
        builder.ToTable("NotificationTemplateOverrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).IsRequired().HasConversion<string>().HasMaxLength(NotificationTemplateOverrideConsts.MaxKindLength);
        builder.Property(o => o.Language).IsRequired().HasMaxLength(NotificationTemplateOverrideConsts.MaxLanguageLength);
        builder.Property(o => o.Subject).IsRequired().HasMaxLength(NotificationTemplateOverrideConsts.MaxSubjectLength);
        builder.Property(o => o.Body).IsRequired().HasMaxLength(NotificationTemplateOverrideConsts.MaxBodyLength);
        builder.HasIndex(o => new { o.TenantId, o.Kind, o.Language }).IsUnique();
    }
}
