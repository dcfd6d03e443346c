using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Caching.StackExchangeRedis;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>
    /// The kit's Redis registration (<see cref="StackExchangeRedisCachingServiceCollectionExtensions"/>) for
    /// <paramref name="redisConfiguration"/>, connected, under a key prefix of its own (or <paramref name="keyPrefix"/>, for two
    /// instances of one application) and <c>Cache:LocalCopyDuration</c> when given; loggers record into <paramref name="logs"/>.
    /// </summary>
    public static async Task<ServiceProvider> BuildRedisAsync(string redisConfiguration, ListLoggerProvider? logs = null, string? trustIssuer = null,
        string? keyPrefix = null, TimeSpan? localCopyDuration = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redisConfiguration,
            ["Redis:TrustIssuer"] = trustIssuer,
            ["Cache:KeyPrefix"] = keyPrefix ?? "test-" + Guid.NewGuid().ToString("N")[..8] + ":",
            ["Cache:LocalCopyDuration"] = localCopyDuration?.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton<CurrentTenantAccessor>().AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddFitSaaSDistributedCache(configuration).AddFitSaaSStackExchangeRedisCache(configuration);
        var provider = services.BuildServiceProvider();
        var connection = provider.GetRequiredService<RedisConnectionProvider>();
        await connection.ConnectAsync();
        // As the caching module does at start-up: the local copies' backplane subscribes before the cache is used.
        await provider.GetRequiredService<FitSaaSFusionCache>().WaitUntilSubscribedAsync(TimeSpan.FromMilliseconds(connection.Options.ConnectTimeout));
        return provider;
    }
}

/// <summary>Records every log line of every category.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CategoryLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CategoryLogger(ListLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((category, logLevel, formatter(state, exception) + (exception is null ? "" : " | " + exception)));
    }
}

/// <summary>A redis-server process of the test's own (so it can be killed and restarted), on a free loopback port.</summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fitsaas-redis-test-").FullName;
    private Process? _process;

    public int Port { get; } = FitSaaS.Testing.LoopbackPorts.Free();

    public string Password { get; } = "pw-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>True: the server speaks TLS only (certificates of a throw-away authority, see <see cref="CertificateAuthorityPath"/>).</summary>
    public bool Tls { get; init; }

    /// <summary>The PEM certificate of the authority that signed the server's TLS certificate (for <c>Redis:TrustIssuer</c>).</summary>
    public string CertificateAuthorityPath => Path.Combine(_directory, "ca.crt");

    /// <summary>The <c>Redis:Configuration</c> of this server, with 500 ms timeouts.</summary>
    public string Configuration =>
        $"127.0.0.1:{Port},password={Password},connectTimeout=500,syncTimeout=500" + (Tls ? ",ssl=true,sslHost=localhost" : "");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var port = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] listen = Tls
            ? ["--port", "0", "--tls-port", port, "--tls-cert-file", WriteCertificates(), "--tls-key-file", Path.Combine(_directory, "server.key"),
                "--tls-ca-cert-file", CertificateAuthorityPath, "--tls-auth-clients", "no"]
            : ["--port", port];
        foreach (var argument in new[] { "--bind", "127.0.0.1" }.Concat(listen).Concat(
                     ["--requirepass", Password, "--save", "", "--appendonly", "no", "--dir", _directory, "--daemonize", "no"]))
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

    /// <summary>SIGSTOP: the server keeps its connections (the kernel still accepts and acknowledges) but answers nothing.</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    /// <summary>SIGCONT after <see cref="PauseAsync"/>.</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        kill.ExitCode.ShouldBe(0);
    }

    /// <summary>A throw-away authority and a server certificate for localhost / 127.0.0.1 it signed; returns the certificate's path.</summary>
    private string WriteCertificates()
    {
        var serverPath = Path.Combine(_directory, "server.crt");
        if (File.Exists(serverPath))
        {
            return serverPath;
        }

        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=FitSaaS test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(2));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var server = serverRequest.Create(ca, now.AddMinutes(-5), now.AddDays(1), RandomNumberGenerator.GetBytes(8));

        File.WriteAllText(CertificateAuthorityPath, ca.ExportCertificatePem());
        File.WriteAllText(serverPath, server.ExportCertificatePem());
        File.WriteAllText(Path.Combine(_directory, "server.key"), serverKey.ExportPkcs8PrivateKeyPem());
        return serverPath;
    }

    /// <summary>kill -9: no goodbye to the clients.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            await SignalAsync("CONT"); // a paused server is killed all the same, but let it go first
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
