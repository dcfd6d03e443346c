using FitSaaS.SettingManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.SettingManagement;

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> builder)
    {
        builder.ToTable("Settings");
        builder.Property(s => s.Name).HasMaxLength(SettingConsts.MaxNameLength).IsRequired();
        builder.Property(s => s.Value).HasMaxLength(SettingConsts.MaxStoredValueLength).IsRequired();
        builder.Property(s => s.ProviderName).HasMaxLength(SettingConsts.MaxProviderNameLength).IsRequired();
        builder.Property(s => s.ProviderKey).HasMaxLength(SettingConsts.MaxProviderKeyLength);

        // One value per (setting, level, key). ProviderKey is null only for global rows; NULLs are distinct
        // in unique indexes on both providers, so global rows get their own filtered index.
        builder.HasIndex(s => new { s.Name, s.ProviderName, s.ProviderKey }).IsUnique().HasFilter("\"ProviderKey\" IS NOT NULL");
        builder.HasIndex(s => new { s.Name, s.ProviderName }).IsUnique().HasFilter("\"ProviderKey\" IS NULL");
        builder.HasIndex(s => new { s.ProviderName, s.ProviderKey });
    }
}
