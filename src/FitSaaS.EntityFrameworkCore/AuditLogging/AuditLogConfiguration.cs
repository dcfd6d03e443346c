using FitSaaS.AuditLogging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>Maps <see cref="AuditLog"/>; children are deleted with it (database cascade, used by retention).</summary>
internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> builder)
    {
        builder.ToTable("AuditLogs");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TenantName).HasMaxLength(AuditLogConsts.MaxNameLength);
        builder.Property(e => e.UserName).HasMaxLength(AuditLogConsts.MaxNameLength);
        builder.Property(e => e.ClientId).HasMaxLength(AuditLogConsts.MaxClientIdLength);
        builder.Property(e => e.HttpMethod).HasMaxLength(AuditLogConsts.MaxHttpMethodLength);
        builder.Property(e => e.Url).HasMaxLength(AuditLogConsts.MaxUrlLength);
        builder.Property(e => e.ClientIpAddress).HasMaxLength(AuditLogConsts.MaxClientIpAddressLength);
        builder.Property(e => e.CorrelationId).HasMaxLength(AuditLogConsts.MaxCorrelationIdLength);
        builder.Property(e => e.Exception).HasMaxLength(AuditLogConsts.MaxExceptionLength);
        builder.HasIndex(e => new { e.TenantId, e.ExecutionTimeUtc });
        builder.HasIndex(e => e.ExecutionTimeUtc);
        builder.HasIndex(e => new { e.TenantId, e.UserId, e.ExecutionTimeUtc });
        builder.HasMany(e => e.Actions).WithOne().HasForeignKey(a => a.AuditLogId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.EntityChanges).WithOne().HasForeignKey(c => c.AuditLogId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.EntityChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
