using FitSaaS.PermissionManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.PermissionManagement;

/// <summary>Maps the PermissionManagement module's entities.</summary>
public static class PermissionManagementModelBuilderExtensions
{
    /// <summary>Applies the PermissionManagement module's entity configurations.</summary>
    public static void ConfigurePermissionManagement(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<PermissionGrant>(b =>
        {
            b.ToTable("PermissionGrants");
            b.Property(g => g.Name).HasMaxLength(128).IsRequired();
            b.Property(g => g.ProviderName).HasMaxLength(16).IsRequired();
            b.Property(g => g.ProviderKey).HasMaxLength(64).IsRequired();
            b.HasIndex(g => new { g.TenantId, g.ProviderName, g.ProviderKey, g.Name }).IsUnique();
        });
    }
}
