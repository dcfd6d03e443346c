using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.TenantManagement;

/// <summary>Maps the TenantManagement module's entities.</summary>
public static class TenantManagementModelBuilderExtensions
{
    /// <summary>Applies the TenantManagement module's entity configurations.</summary>
    public static void ConfigureTenantManagement(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Tenant>(b =>
        {
            b.ToTable("Tenants");
            b.Property(t => t.Name).HasMaxLength(TenantConsts.MaxNameLength).IsRequired();
            b.Property(t => t.NormalizedName).HasMaxLength(TenantConsts.MaxNameLength).IsRequired();
            b.HasIndex(t => t.NormalizedName);
        });
    }
}
