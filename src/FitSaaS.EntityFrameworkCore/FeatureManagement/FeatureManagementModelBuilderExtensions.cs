using FitSaaS.FeatureManagement;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.FeatureManagement;

/// <summary>Maps the FeatureManagement module's entities (all host tables).</summary>
public static class FeatureManagementModelBuilderExtensions
{
    /// <summary>Applies the FeatureManagement module's entity configurations.</summary>
    public static void ConfigureFeatureManagement(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Edition>(b =>
        {
            b.ToTable("Editions");
            b.Property(e => e.Name).HasMaxLength(EditionConsts.MaxNameLength).IsRequired();
            b.Property(e => e.NormalizedName).HasMaxLength(EditionConsts.MaxNameLength).IsRequired();
            b.Property(e => e.DisplayName).HasMaxLength(EditionConsts.MaxDisplayNameLength).IsRequired();
            b.HasIndex(e => e.NormalizedName).IsUnique();
            b.HasMany(e => e.Values).WithOne().HasForeignKey(v => v.EditionId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(e => e.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<EditionFeatureValue>(b =>
        {
            b.ToTable("EditionFeatureValues");

            // Values added to a loaded edition are found by change detection; a key that is never generated makes them inserts.
            b.Property(v => v.Id).ValueGeneratedNever();
            b.Property(v => v.Name).HasMaxLength(EditionConsts.MaxFeatureNameLength).IsRequired();
            b.Property(v => v.Value).HasMaxLength(EditionConsts.MaxValueLength).IsRequired();
            b.HasIndex(v => new { v.EditionId, v.Name }).IsUnique();
        });
        modelBuilder.Entity<TenantFeatureValue>(b =>
        {
            b.ToTable("TenantFeatureValues");
            b.Property(v => v.Name).HasMaxLength(EditionConsts.MaxFeatureNameLength).IsRequired();
            b.Property(v => v.Value).HasMaxLength(EditionConsts.MaxValueLength).IsRequired();
            b.HasIndex(v => new { v.TenantId, v.Name }).IsUnique();
        });

        // Tenant.EditionId / EditionEndDateUtc are mapped by convention with the tenant; deleting an edition
        // checks for tenants first (Features:EditionInUse), so no foreign key across the two modules.
        modelBuilder.Entity<Tenant>().HasIndex(t => t.EditionId);
    }
}
