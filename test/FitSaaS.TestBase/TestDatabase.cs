using Microsoft.Data.Sqlite;
using Npgsql;

namespace FitSaaS.Testing;

/// <summary>
/// A throw-away database for one test fixture: a SQLite file by default, a fresh PostgreSQL database
/// when <c>FitSaaS_Test__Database=PostgreSql</c> (server from <c>FitSaaS_Test__PostgreSql</c>, started by
/// <c>etc/scripts/test.sh</c>). On PostgreSQL the application never connects as a superuser or BYPASSRLS role, so
/// row-level security applies in every test.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;
    private readonly List<string> _tenantDatabases = [];

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    /// <summary>True in the PostgreSQL lane.</summary>
    public static bool IsPostgreSql =>
        string.Equals(Environment.GetEnvironmentVariable("FitSaaS_Test__Database"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>Sqlite</c> or <c>PostgreSql</c>.</summary>
    public string Provider { get; }

    /// <summary>Connection string of this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Folder the application writes e-mails to (<c>.eml</c> files) in tests.</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"fitsaas-mail-{Guid.NewGuid():N}");

    /// <summary>Configuration for the application under test.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Default"] = ConnectionString,
        ["Database:MigrateOnStartup"] = "true",
        ["Database:SeedDemoData"] = "false",
        ["Email:PickupDirectory"] = MailDirectory,
        ["Logging:LogLevel:Default"] = "Warning",
        // The suite signs in far more often than a person; dedicated tests lower these limits.
        ["AuthServer:TokenRequestsPerIpPerMinute"] = "100000",
        ["AuthServer:TokenRequestsPerUserPerMinute"] = "100000",
        ["AuthServer:SigningKeyPropagationDelay"] = "00:00:00",
        // Suites exercise the whole product (several locations, waitlists); feature tests choose editions explicitly.
        ["FeatureManagement:DefaultEdition"] = "Pro",
    };

    /// <summary>
    /// A connection string for a tenant's own database on the test PostgreSQL server, with a unique database name that
    /// does not exist yet (the application creates it); dropped when the fixture is disposed. PostgreSQL lane only.
    /// </summary>
    public string NewTenantDatabaseConnectionString()
    {
        var server = Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSql")
            ?? throw new InvalidOperationException("Tenant databases need the PostgreSQL lane (FitSaaS_Test__PostgreSql).");
        var name = $"fitsaas_tenant_{Guid.NewGuid():N}";
        lock (_tenantDatabases)
        {
            _tenantDatabases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 50, Timeout = 60, CommandTimeout = 120 }.ConnectionString;
    }

    /// <summary>Remembers a database created by a test so it is dropped at disposal.</summary>
    public void TrackTenantDatabase(string name)
    {
        lock (_tenantDatabases)
        {
            _tenantDatabases.Add(name);
        }
    }

    /// <summary>Creates an empty database.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        if (!IsPostgreSql)
        {
            var file = Path.Combine(Path.GetTempPath(), $"fitsaas-test-{Guid.NewGuid():N}.db");
            return new TestDatabase("Sqlite", $"Data Source={file};Default Timeout=60", file, null);
        }

        var server = Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSql")
            ?? throw new InvalidOperationException("FitSaaS_Test__PostgreSql is not set; run etc/scripts/test.sh.");
        var name = $"fitsaas_test_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 250, Timeout = 60, CommandTimeout = 120 };
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var check = new NpgsqlCommand("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", connection);
            if (await check.ExecuteScalarAsync() is true)
            {
                // Row-level security never applies to a superuser or BYPASSRLS role: the database is owned by, and the
                // application connects as, a plain role (what etc/scripts/postgres.sh hands out anyway).
                await EnsureApplicationRoleAsync(connection);
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" OWNER \"{ApplicationRole}\"", connection);
                await create.ExecuteNonQueryAsync();
                builder.Username = ApplicationRole;
                builder.Password = ApplicationRole;
            }
            else
            {
                // Created by the connecting role (CREATEDB), so it owns the tables and FORCE ROW LEVEL SECURITY applies to it.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        return new TestDatabase("PostgreSql", builder.ConnectionString, null, name);
    }

    /// <summary>The plain role the tests connect as when the server connection string names a superuser.</summary>
    public const string ApplicationRole = "fitsaas_test_app";

    private static async Task EnsureApplicationRoleAsync(NpgsqlConnection connection)
    {
        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_roles WHERE rolname = '{ApplicationRole}'", connection);
        if (await exists.ExecuteScalarAsync() is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand(
                $"CREATE ROLE \"{ApplicationRole}\" LOGIN PASSWORD '{ApplicationRole}' NOSUPERUSER NOBYPASSRLS CREATEDB NOCREATEROLE", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation)
        {
            // Another fixture created it at the same moment.
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }

        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            // The embedded job store lives beside the database (see HangfireBackgroundJobsRegistration.SqliteJobStorePath).
            var jobs = Path.ChangeExtension(_sqliteFile, ".jobs.db");
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm", jobs, jobs + "-wal", jobs + "-shm" })
            {
                if (File.Exists(file))
                {
                    File.Delete(file);
                }
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            // The superuser connection (when given) can also drop databases that tests made other roles own.
            var admin = Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSqlAdmin");
            var server = string.IsNullOrEmpty(admin) ? Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSql")! : admin;
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            foreach (var name in _tenantDatabases.Append(_postgresName))
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
