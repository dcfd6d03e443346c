using FitSaaS.AuditLogging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>Maps <see cref="EntityPropertyChange"/>.</summary>
internal sealed class EntityPropertyChangeConfiguration : IEntityTypeConfiguration<EntityPropertyChange>
{
    public void Configure(EntityTypeBuilder<EntityPropertyChange> builder)
    {
        builder.ToTable("AuditLogPropertyChanges");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.PropertyName).IsRequired().HasMaxLength(AuditLogConsts.MaxMemberNameLength);
        builder.Property(e => e.PropertyTypeFullName).IsRequired().HasMaxLength(AuditLogConsts.MaxTypeNameLength);
        builder.Property(e => e.OriginalValue).HasMaxLength(AuditLogConsts.MaxPropertyValueLength);
        builder.Property(e => e.NewValue).HasMaxLength(AuditLogConsts.MaxPropertyValueLength);
        builder.HasIndex(e => e.EntityChangeId);
    }
}
