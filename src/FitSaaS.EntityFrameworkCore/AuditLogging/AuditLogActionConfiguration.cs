using FitSaaS.AuditLogging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>Maps <see cref="AuditLogAction"/>.</summary>
internal sealed class AuditLogActionConfiguration : IEntityTypeConfiguration<AuditLogAction>
{
    public void Configure(EntityTypeBuilder<AuditLogAction> builder)
    {
        builder.ToTable("AuditLogActions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ServiceName).IsRequired().HasMaxLength(AuditLogConsts.MaxTypeNameLength);
        builder.Property(e => e.MethodName).IsRequired().HasMaxLength(AuditLogConsts.MaxMemberNameLength);
        builder.Property(e => e.Parameters).IsRequired().HasMaxLength(AuditLogConsts.MaxParametersLength);
        builder.Property(e => e.Exception).HasMaxLength(AuditLogConsts.MaxExceptionLength);
        builder.HasIndex(e => e.AuditLogId);
    }
}
