using System.ComponentModel.DataAnnotations;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>Configuration section <c>Database</c>; the connection string is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>Provider; default <see cref="DatabaseProvider.Sqlite"/>.</summary>
    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations and seed at host start-up; default true (embedded profile). Production runs the DbMigrator instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo tenant when migrating at start-up; default true.</summary>
    public bool SeedDemoData { get; set; } = true;
}
