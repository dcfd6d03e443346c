using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.SettingManagement;

/// <summary>
/// Microsoft.AspNetCore.DataProtection.EntityFrameworkCore's key entity, table <c>DataProtectionKeys</c> in the host
/// database: every instance (and the DbMigrator) protects and unprotects with the same key ring.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(256);
        builder.Property(k => k.Xml).IsRequired();
    }
}
