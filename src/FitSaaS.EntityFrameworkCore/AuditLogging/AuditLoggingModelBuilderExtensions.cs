using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>Maps the AuditLogging module's entities.</summary>
public static class AuditLoggingModelBuilderExtensions
{
    /// <summary>Applies the AuditLogging module's entity configurations.</summary>
    public static void ConfigureAuditLogging(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new AuditLogConfiguration());
        modelBuilder.ApplyConfiguration(new AuditLogActionConfiguration());
        modelBuilder.ApplyConfiguration(new EntityChangeConfiguration());
        modelBuilder.ApplyConfiguration(new EntityPropertyChangeConfiguration());
    }
}
