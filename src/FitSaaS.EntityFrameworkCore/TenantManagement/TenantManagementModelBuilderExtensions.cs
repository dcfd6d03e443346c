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
            b.Property(t => t.ProtectedConnectionString).HasMaxLength(TenantConsts.MaxProtectedConnectionStringLength);
            b.HasMany(t => t.Domains).WithOne().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(t => t.Domains).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<TenantDomain>(b =>
        {
            b.ToTable("TenantDomains");

            // Keys come from IGuidGenerator: a domain added to a tracked tenant must be inserted, not updated.
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.HostName).HasMaxLength(TenantConsts.MaxDomainLength).IsRequired();
            b.HasIndex(d => d.HostName).IsUnique();
        });
        modelBuilder.Entity<TenantMigrationStatus>(b =>
        {
            b.ToTable("TenantMigrationStatuses");
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.LastAppliedMigration).HasMaxLength(300);
            b.Property(s => s.Error).HasMaxLength(TenantConsts.MaxMigrationErrorLength);
        });
    }
}
