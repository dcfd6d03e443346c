using System.Globalization;
using FitSaaS.HttpApi.Host.Tests.Cluster;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Emailing;

/// <summary>
/// An smtp4dev of the test's own (etc/scripts/smtp4dev.sh on free loopback ports, in a throw-away directory): another TLS
/// mode or a required user than the suite's shared server, or a server that comes up only after mail was queued.
/// </summary>
public sealed class OwnSmtp4devServer : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;

    private OwnSmtp4devServer(Dictionary<string, string> environment) => _environment = environment;

    /// <summary>The running server (after <see cref="StartAsync"/>).</summary>
    public Smtp4devServer Server { get; private set; } = null!;

    /// <summary>Starts a server in TLS mode <paramref name="tlsMode"/> (<c>None</c>, <c>StartTls</c>, <c>ImplicitTls</c>).</summary>
    /// <param name="tlsMode">The TLS mode.</param>
    /// <param name="user">"name=password" the server requires, or null.</param>
    /// <param name="smtpPort">The SMTP port (default: a free one).</param>
    public static async Task<OwnSmtp4devServer> StartAsync(string tlsMode, string? user = null, int? smtpPort = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["FITSAAS_SMTP4DEV_SMTP_PORT"] = (smtpPort ?? LoopbackPorts.Free()).ToString(CultureInfo.InvariantCulture),
            ["FITSAAS_SMTP4DEV_API_PORT"] = LoopbackPorts.Free().ToString(CultureInfo.InvariantCulture),
            ["FITSAAS_SMTP4DEV_DIR"] = Path.Combine(Path.GetTempPath(), $"fitsaas-smtp4dev-{Guid.NewGuid():N}"),
            ["FITSAAS_SMTP4DEV_TLS"] = tlsMode,
            ["FITSAAS_SMTP4DEV_USER"] = user ?? string.Empty,
        };
        var server = new OwnSmtp4devServer(environment);
        server.Server = Smtp4devServer.Parse(await ServiceScript.RunAsync("smtp4dev", "start", environment));
        return server;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Server?.Dispose();
        await ServiceScript.RunAsync("smtp4dev", "stop", _environment);
    }
}
