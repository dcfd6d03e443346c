using FitSaaS.AuditLogging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>Maps <see cref="EntityChange"/>; indexed by entity type and key for history lookups.</summary>
internal sealed class EntityChangeConfiguration : IEntityTypeConfiguration<EntityChange>
{
    public void Configure(EntityTypeBuilder<EntityChange> builder)
    {
        builder.ToTable("AuditLogEntityChanges");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ChangeType).IsRequired().HasConversion<string>().HasMaxLength(AuditLogConsts.MaxChangeTypeLength);
        builder.Property(e => e.EntityId).IsRequired().HasMaxLength(AuditLogConsts.MaxEntityIdLength);
        builder.Property(e => e.EntityTypeFullName).IsRequired().HasMaxLength(AuditLogConsts.MaxTypeNameLength);
        builder.HasIndex(e => e.AuditLogId);
        builder.HasIndex(e => new { e.EntityTypeFullName, e.EntityId });
        builder.HasMany(e => e.PropertyChanges).WithOne().HasForeignKey(p => p.EntityChangeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.PropertyChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
