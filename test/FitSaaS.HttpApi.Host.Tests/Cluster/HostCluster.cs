using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Npgsql;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// Two (or more) real host processes on loopback ports sharing one fresh PostgreSQL database and one Redis, the way
/// FitSaaS runs as several instances: the first instance migrates and seeds the database, the others start on it
/// afterwards (<c>Database:MigrateOnStartup=false</c>, as behind a load balancer after the DbMigrator ran). Token signing
/// keys and Data Protection keys live in that database, so every instance accepts every other instance's tokens.
/// Disposing kills every process and drops the database. PostgreSQL lane only; see <see cref="SkipReason"/>.
/// </summary>
public sealed class HostCluster : IAsyncDisposable
{
    /// <summary>Why cluster tests cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        !TestDatabase.IsPostgreSql ? "Cluster tests need the PostgreSQL lane (FitSaaS_Test__Database=PostgreSql; the shared Hangfire job store needs PostgreSQL)."
        : RedisConfiguration is null ? "Cluster tests need a Redis server: set FitSaaS_Test__Redis (etc/scripts/test.sh does)."
        : null;

    /// <summary>The shared test Redis (<c>FitSaaS_Test__Redis</c>), or null.</summary>
    public static string? RedisConfiguration => Environment.GetEnvironmentVariable("FitSaaS_Test__Redis") is { Length: > 0 } value ? value : null;

    /// <summary>Time an instance gets to become ready (the machine running the suite may be loaded).</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary><c>BackgroundJobs:InvisibilityTimeout</c> of every instance: the bound on re-running a job whose instance died.</summary>
    public static readonly TimeSpan JobInvisibilityTimeout = TimeSpan.FromSeconds(30);

    private static string ToInvariant(TimeSpan value) => value.ToString("c", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Issuer every instance uses: tokens are the cluster's, not one instance's.</summary>
    public const string Issuer = "http://fitsaas-cluster.test";

    private static int s_redisDatabase;
    private readonly List<HostProcess> _instances = [];
    private readonly TestDatabase _database;

    private HostCluster(TestDatabase database) => _database = database;

    /// <summary>The instances, in start order.</summary>
    public IReadOnlyList<HostProcess> Instances => _instances;

    /// <summary>The first instance.</summary>
    public HostProcess A => _instances[0];

    /// <summary>The second instance.</summary>
    public HostProcess B => _instances[1];

    /// <summary>The application's connection string (non-superuser role: row-level security applies).</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>
    /// Creates a database and starts <paramref name="count"/> instances one after the other, each ready before the next
    /// starts. <paramref name="settings"/> (configuration keys with <c>:</c>) apply to every instance, over the test
    /// defaults; <paramref name="redisConfiguration"/> defaults to the shared test Redis on a database of its own.
    /// </summary>
    public static async Task<HostCluster> StartAsync(int count = 2, IReadOnlyDictionary<string, string?>? settings = null, string? redisConfiguration = null)
    {
        var database = await TestDatabase.CreateAsync();
        var cluster = new HostCluster(database);
        try
        {
            redisConfiguration ??= WithOwnDatabase(RedisConfiguration!);
            var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (key, value) in database.Settings)
            {
                environment[ToEnvironmentName(key)] = value;
            }

            environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            environment["DOTNET_ENVIRONMENT"] = "Production";
            environment["AuthServer__Issuer"] = Issuer;
            environment["Redis__Configuration"] = redisConfiguration;
            environment["BackgroundJobs__FirstRetryDelay"] = "00:00:02";
            // A job cut short by kill -9 is visible again after at most this long (sliding: renewed every 6 s while it runs).
            environment["BackgroundJobs__InvisibilityTimeout"] = ToInvariant(JobInvisibilityTimeout);
            // One JSON object per log line, so tests can read the structured values of the job adapter's lines.
            environment["Logging__Console__FormatterName"] = "json";
            environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
            environment["Logging__Console__FormatterOptions__TimestampFormat"] = "O";
            environment["Logging__LogLevel__Default"] = "Warning";
            environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
            environment["Logging__LogLevel__FitSaaS.EntityFrameworkCore.BackgroundJobs"] = "Information";
            environment["Logging__LogLevel__Hangfire"] = "Warning";
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                environment[ToEnvironmentName(key)] = value;
            }

            for (var i = 0; i < count; i++)
            {
                var instanceEnvironment = new Dictionary<string, string?>(environment, StringComparer.Ordinal)
                {
                    // The first instance migrates and seeds; the others (and every restart) find the schema in place.
                    ["Database__MigrateOnStartup"] = i == 0 ? "true" : "false",
                };
                var instance = new HostProcess(((char)('A' + i)).ToString(), LoopbackPorts.Free(), instanceEnvironment)
                {
                    DescribeDependenciesAsync = cluster.DescribeDatabaseActivityAsync,
                };
                cluster._instances.Add(instance);
                await instance.StartAsync(StartTimeout);
                instance.SetEnvironment("Database__MigrateOnStartup", "false");
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The tail of every instance's log, for assertion messages.</summary>
    public string Tails(int count = 40) => string.Join(Environment.NewLine, _instances.Select(instance => instance.Tail(count)));

    /// <summary>Log lines of every instance with the given event id, all runs.</summary>
    public IReadOnlyList<HostLogLine> LogsOf(int eventId) => _instances.SelectMany(instance => instance.LogsOf(eventId)).ToList();

    /// <summary>Requests an access token with the password grant through <paramref name="via"/>; <paramref name="tenantName"/> null = host user.</summary>
    public static async Task<string> GetTokenAsync(HostProcess via, string? tenantName, string userName, string password = TestUsers.Password)
    {
        using var client = via.CreateClient();
        using var request = FitSaaSWebFixture.PasswordTokenRequest(tenantName, userName, password);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login of {userName}@{tenantName ?? "host"} through {via.Name} failed: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Creates a tenant (admin <c>admin</c> / <see cref="TestUsers.Password"/>) as the host admin through <paramref name="via"/>.</summary>
    public static async Task<TestTenant> CreateTenantAsync(HostProcess via, string? name = null)
    {
        name ??= $"gym-{Guid.NewGuid():N}"[..20];
        using var host = via.CreateClient(await GetTokenAsync(via, null, IdentityConsts.AdminUserName));
        using var response = await host.PostAsJsonAsync("/api/tenant-management/tenants",
            new { name, adminEmail = $"admin@{name}.test", adminPassword = TestUsers.Password }, TestJson.Options);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating tenant {name} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var tenant = (await response.Content.ReadFromJsonAsync<TenantDto>(TestJson.Options))!;
        using var admin = via.CreateClient(await GetTokenAsync(via, name, IdentityConsts.AdminUserName));
        var profile = (await admin.GetFromJsonAsync<ProfileDto>("/api/account/my-profile", TestJson.Options))!;
        return new TestTenant(tenant.Id, tenant.Name, profile.Id);
    }

    /// <summary>Registers a member through <paramref name="via"/> and returns their id and an access token.</summary>
    public static async Task<(Guid UserId, string Token)> RegisterMemberAsync(HostProcess via, string tenantName, string userName)
    {
        using var client = via.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/register")
        {
            Content = JsonContent.Create(new { userName, email = $"{userName}@example.test", password = TestUsers.Password }, options: TestJson.Options),
        };
        request.Headers.Add("__tenant", tenantName);
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Registering {userName} through {via.Name} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var profile = (await response.Content.ReadFromJsonAsync<ProfileDto>(TestJson.Options))!;
        return (profile.Id, await GetTokenAsync(via, tenantName, userName));
    }

    /// <summary>
    /// Grants or revokes one permission through <paramref name="via"/> (<c>PUT /api/permission-management/permissions</c>);
    /// <paramref name="providerName"/> <c>R</c> (role name), <c>U</c> (user id) or <c>C</c> (client id).
    /// </summary>
    public static async Task SetPermissionAsync(HostProcess via, string adminToken, string providerName, string providerKey, string permission, bool isGranted)
    {
        using var client = via.CreateClient(adminToken);
        using var response = await client.PutAsJsonAsync(
            $"/api/permission-management/permissions?providerName={Uri.EscapeDataString(providerName)}&providerKey={Uri.EscapeDataString(providerKey)}",
            new { permissions = new[] { new { name = permission, isGranted } } },
            TestJson.Options);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Setting {permission}={isGranted} for {providerName}:{providerKey} through {via.Name} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The status code of a GET through <paramref name="via"/> with <paramref name="token"/>.</summary>
    public static async Task<HttpStatusCode> GetStatusAsync(HostProcess via, string token, string path)
    {
        using var client = via.CreateClient(token);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>
    /// How long until <paramref name="condition"/> held, polling every <paramref name="poll"/> (default 25 ms); null when it
    /// did not within <paramref name="timeout"/>. For "seen by every instance within 1 s" assertions.
    /// </summary>
    public static async Task<TimeSpan?> MeasureUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? poll = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(25));
        }

        return null;
    }

    /// <summary>Opens a connection to the cluster's database as the application role (row-level security applies).</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Opens a superuser connection to the cluster's database (<c>FitSaaS_Test__PostgreSqlAdmin</c>, set by etc/scripts/test.sh):
    /// sees every tenant's rows, for test set-up such as holding row locks. Null when no admin connection is configured.
    /// </summary>
    public async Task<NpgsqlConnection?> OpenAdminConnectionAsync()
    {
        if (Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSqlAdmin") is not { Length: > 0 } admin)
        {
            return null;
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = new NpgsqlConnectionStringBuilder(ConnectionString).Database, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// The cluster database's sessions (state, what they wait for, which sessions block them, the running statement) and
    /// the locks not granted, for stall reports; read as the superuser when one is configured (every session is visible).
    /// </summary>
    public async Task<string> DescribeDatabaseActivityAsync()
    {
        await using var connection = await OpenAdminConnectionAsync() ?? await OpenConnectionAsync();
        var text = new System.Text.StringBuilder("--- database sessions (pid, application, state, wait, blocked by, transaction age, statement) ---\n");
        await using (var command = new NpgsqlCommand(
            """
            select pid, application_name, state, coalesce(wait_event_type || ':' || wait_event, ''), pg_blocking_pids(pid)::text,
                   coalesce(extract(epoch from now() - xact_start)::int::text || ' s', ''), left(regexp_replace(query, '\s+', ' ', 'g'), 300)
            from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() order by xact_start nulls last
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                text.AppendLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())));
            }
        }

        text.AppendLine("--- locks not granted (pid, lock type, relation, mode) ---");
        await using (var command = new NpgsqlCommand(
            "select pid, locktype, coalesce(relation::regclass::text, ''), mode from pg_locks where not granted", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                text.AppendLine($"{reader.GetInt32(0)} | {reader.GetString(1)} | {reader.GetString(2)} | {reader.GetString(3)}");
            }
        }

        return text.ToString();
    }

    /// <summary>Runs a scalar query on the cluster's database (as the application role, host context).</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling every 200 ms; false after <paramref name="timeout"/>.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return await condition();
    }


    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private static string ToEnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>Each cluster uses a Redis database of its own (1–15), so host-wide keys of other test databases never mix in.</summary>
    private static string WithOwnDatabase(string configuration)
    {
        if (configuration.Contains("defaultDatabase=", StringComparison.OrdinalIgnoreCase))
        {
            return configuration;
        }

        var number = (Interlocked.Increment(ref s_redisDatabase) % 15) + 1;
        return $"{configuration},defaultDatabase={number}";
    }
}
