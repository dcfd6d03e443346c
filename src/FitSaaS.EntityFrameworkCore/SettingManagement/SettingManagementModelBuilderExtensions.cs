using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.SettingManagement;

/// <summary>Maps the SettingManagement module's entities.</summary>
public static class SettingManagementModelBuilderExtensions
{
    /// <summary>Applies the SettingManagement module's entity configurations.</summary>
    public static void ConfigureSettingManagement(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new SettingConfiguration());
        modelBuilder.ApplyConfiguration(new DataProtectionKeyConfiguration());
    }
}
