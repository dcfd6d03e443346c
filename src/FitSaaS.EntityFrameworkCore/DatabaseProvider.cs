namespace FitSaaS.EntityFrameworkCore;

/// <summary>Supported database providers.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite file (embedded profile, the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql (distributed profile).</summary>
    PostgreSql,
}
