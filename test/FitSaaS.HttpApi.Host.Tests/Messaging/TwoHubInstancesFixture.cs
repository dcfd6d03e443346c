using FitSaaS.Framework.Caching;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>
/// Two hosts on Kestrel (two "instances") on one database and one real Redis under a key (and SignalR channel) prefix of
/// their own, so the Redis backplane is what links their hubs. Without <c>FitSaaS_Test__Redis</c> nothing starts and the
/// tests skip.
/// </summary>
public sealed class TwoHubInstancesFixture : IAsyncLifetime
{
    /// <summary>Why the tests skip.</summary>
    public const string SkipReason = "needs a Redis server: set FitSaaS_Test__Redis to a Redis:Configuration string (etc/scripts/test.sh does)";

    private TestDatabase? _database;

    /// <summary>The shared test Redis, or null.</summary>
    public static string? Redis => Environment.GetEnvironmentVariable("FitSaaS_Test__Redis") is { Length: > 0 } value ? value : null;

    /// <summary>Instance A (migrated and seeded the database).</summary>
    public WebApplicationFactory<Program> A { get; private set; } = null!;

    /// <summary>Instance B.</summary>
    public WebApplicationFactory<Program> B { get; private set; } = null!;

    /// <summary>A's base address.</summary>
    public Uri AddressOfA { get; private set; } = null!;

    /// <summary>B's base address.</summary>
    public Uri AddressOfB { get; private set; } = null!;

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        if (Redis is not { } redis)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync();
        var settings = _database.Settings.Concat(new Dictionary<string, string?>
        {
            [CachingServiceCollectionExtensions.RedisConfigurationKey] = redis,
            [CachingServiceCollectionExtensions.KeyPrefixKey] = $"hub-{Guid.NewGuid():N}:",
        }).ToList();
        A = FitSaaSWebFixture.CreateFactory(settings, useKestrel: true);
        AddressOfA = FitSaaSWebFixture.GetServerAddress(A);
        using (var probe = A.CreateClient())
        {
            (await probe.GetAsync(new Uri("/health/ready", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        B = FitSaaSWebFixture.CreateFactory(settings.Append(new("Database:MigrateOnStartup", "false")), useKestrel: true);
        AddressOfB = FitSaaSWebFixture.GetServerAddress(B);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await B.DisposeAsync();
        await A.DisposeAsync();
        await _database.DisposeAsync();
    }
}
