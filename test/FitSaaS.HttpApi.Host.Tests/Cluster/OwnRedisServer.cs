using System.Diagnostics;
using System.Globalization;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// A Redis server of the test's own (etc/scripts/redis.sh on a free port in a throw-away directory), so a fault test can
/// stop and restart it without disturbing the suite's shared Redis. Same port and password after a restart; empty data
/// (no persistence).
/// </summary>
public sealed class OwnRedisServer : IAsyncDisposable
{
    private const string Password = "fitsaas-cluster";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"fitsaas-cluster-redis-{Guid.NewGuid():N}");

    private OwnRedisServer(int port) => Port = port;

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The <c>Redis:Configuration</c> string of this server.</summary>
    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},password={Password}";

    /// <summary>Starts a new server.</summary>
    public static async Task<OwnRedisServer> StartAsync()
    {
        var server = new OwnRedisServer(FitSaaS.Testing.LoopbackPorts.Free());
        await server.RestartAsync();
        return server;
    }

    /// <summary>(Re)starts the server on the same port, empty.</summary>
    public async Task RestartAsync()
    {
        var output = await RunScriptAsync("start");
        if (!output.Contains(Configuration, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"redis.sh start printed '{output}', expected '{Configuration}'.");
        }
    }

    /// <summary>Stops the server (and wipes its directory); connections drop.</summary>
    public Task StopAsync() => RunScriptAsync("stop");

    /// <summary>Number of keys in the given database, or null when the server does not answer.</summary>
    public async Task<long?> KeyCountAsync(int database)
    {
        var info = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "--no-auth-warning", "-n", database.ToString(CultureInfo.InvariantCulture), "DBSIZE" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["REDISCLI_AUTH"] = Password;
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 && long.TryParse(output.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : null;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync();

    private Task<string> RunScriptAsync(string command) =>
        ServiceScript.RunAsync("redis", command, new Dictionary<string, string>
        {
            ["FITSAAS_REDIS_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["FITSAAS_REDIS_DIR"] = _directory,
            ["FITSAAS_REDIS_PASSWORD"] = Password,
        });
}
