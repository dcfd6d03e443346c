using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Caching.Redis;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.Domain.Tests.Framework.Caching;

[CacheName("Tests.Profile")]
public sealed record ProfileItem(string Name, int Visits);

[CacheName("Tests.Catalog", HostWide = true)]
public sealed record CatalogItem(string Title);

/// <summary>Keeps what was logged.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception)));
}

public static class CacheTestSupport
{
    public const string SkipReason = "needs a Redis server: set FitSaaS_Test__Redis to a Redis:Configuration string (etc/scripts/test.sh does)";

    /// <summary>The Redis:Configuration of the test server, or null (tests skip).</summary>
    public static string? RedisConfigurationString => Environment.GetEnvironmentVariable("FitSaaS_Test__Redis") is { Length: > 0 } value ? value : null;

    public static DistributedCache<TItem> CreateCache<TItem>(IDistributedCache store, ICurrentTenant? tenant = null, ILogger<DistributedCache<TItem>>? logger = null)
        where TItem : class =>
        new(store, tenant ?? new CurrentTenant(new CurrentTenantAccessor()),
            Options.Create(new FitSaaSDistributedCacheOptions { KeyPrefix = "test-" + Guid.NewGuid().ToString("N")[..8] + ":" }),
            logger ?? new ListLogger<DistributedCache<TItem>>(), TimeProvider.System);

    public static RedisConnection Connect(RedisConfiguration configuration) =>
        new(configuration, new ListLogger<RedisConnection>());

}

/// <summary>A redis-server process of the test's own (so it can be killed and restarted), on a free loopback port.</summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fitsaas-redis-test-").FullName;
    private Process? _process;

    public int Port { get; } = FitSaaS.Testing.LoopbackPorts.Free();

    public string Password { get; } = "pw-" + Guid.NewGuid().ToString("N")[..8];

    public RedisConfiguration Configuration => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Password = Password,
        ConnectTimeout = TimeSpan.FromMilliseconds(500),
        CommandTimeout = TimeSpan.FromMilliseconds(500),
    };

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--requirepass", Password, "--save", "", "--appendonly", "no", "--dir", _directory, "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server on port {Port} did not accept connections within 10 s");
    }

    /// <summary>kill -9: no goodbye to the clients.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
