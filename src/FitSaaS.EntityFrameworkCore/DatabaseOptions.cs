using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>Configuration section <c>Database</c>; the connection string is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>Default SQLite connection string: a file in the <c>data</c> folder of the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/fitsaas.db";

    /// <summary>Provider; default <see cref="DatabaseProvider.Sqlite"/>.</summary>
    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations and seed at host start-up; default true (embedded profile). Production runs the DbMigrator instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo tenant when migrating at start-up; default true.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>
    /// The host database as configured: section <see cref="SectionName"/> (defaults when absent) and connection string
    /// <c>ConnectionStrings:Default</c> (on SQLite <see cref="DefaultSqliteConnectionString"/> when unset). The shared
    /// DbContext and the modules that keep data of their own in the host database (the job store) read it the same way.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is PostgreSQL and <c>ConnectionStrings:Default</c> is not set.</exception>
    public static (DatabaseOptions Options, string ConnectionString) Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return (options, connectionString);
        }

        return options.Provider == DatabaseProvider.PostgreSql
            ? throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Default is not set.")
            : (options, DefaultSqliteConnectionString);
    }
}
