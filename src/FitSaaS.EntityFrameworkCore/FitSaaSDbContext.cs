using FitSaaS.EntityFrameworkCore.AuditLogging;
using FitSaaS.EntityFrameworkCore.BackgroundJobs;
using FitSaaS.EntityFrameworkCore.Billing;
using FitSaaS.EntityFrameworkCore.Billing.Platform;
using FitSaaS.EntityFrameworkCore.Bookings;
using FitSaaS.EntityFrameworkCore.FeatureManagement;
using FitSaaS.EntityFrameworkCore.Forms;
using FitSaaS.EntityFrameworkCore.Messaging;
using FitSaaS.EntityFrameworkCore.Identity;
using FitSaaS.EntityFrameworkCore.PermissionManagement;
using FitSaaS.EntityFrameworkCore.Programs;
using FitSaaS.EntityFrameworkCore.SettingManagement;
using FitSaaS.EntityFrameworkCore.TenantManagement;
using FitSaaS.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>
/// The application's one DbContext: each module maps its entities through its own
/// <c>Configure&lt;Module&gt;(ModelBuilder)</c> extension. Provider-specific subclasses own the
/// migrations of their provider.
/// </summary>
public abstract class FitSaaSDbContext(DbContextOptions options, FitSaaSDbContextDependencies dependencies)
    : FitSaaSDbContextBase(options, dependencies), IDataProtectionKeyContext
{
    /// <summary>The ASP.NET Core Data Protection key ring (host database; see <c>PersistKeysToDbContext</c> in the EF module).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureTenantManagement();
        modelBuilder.ConfigureFeatureManagement();
        modelBuilder.ConfigureIdentity();
        modelBuilder.ConfigurePermissionManagement();
        modelBuilder.ConfigureBookings();
        modelBuilder.ConfigureBilling();
        modelBuilder.ConfigurePlatformBilling();
        modelBuilder.ConfigurePrograms();
        modelBuilder.ConfigureForms();
        modelBuilder.ConfigureMessaging();
        modelBuilder.ConfigureSettingManagement();
        modelBuilder.ConfigureAuditLogging();
        modelBuilder.ConfigureBackgroundJobs();
        modelBuilder.ConfigureDistributedEventBus();
        modelBuilder.ConfigureEventBusDeadLetters();
        ConfigureFrameworkConventions(modelBuilder);
    }
}
