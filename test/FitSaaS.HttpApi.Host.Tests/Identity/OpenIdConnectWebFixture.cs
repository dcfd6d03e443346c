using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

/// <summary>
/// The host on Kestrel at a loopback port chosen before it starts, with the token server's issuer set to that address
/// (<c>http://127.0.0.1:{port}/</c>), so a standard OpenID Connect client can discover it with issuer and endpoint
/// validation on; the Swagger UI client's redirect URI is at that address too (<c>Identity:SwaggerRootUrl</c>), so a browser can
/// run the authorization code flow from the host's Swagger UI.
/// </summary>
public sealed class OpenIdConnectWebFixture : FitSaaSWebFixture
{
    private readonly int _port = LoopbackPorts.Free();

    /// <summary>The authority a client discovers: <c>http://127.0.0.1:{port}</c> (no trailing slash).</summary>
    public string Authority => $"http://127.0.0.1:{_port}";

    /// <inheritdoc/>
    protected override bool UseKestrel => true;

    /// <inheritdoc/>
    protected override int KestrelPort => _port;

    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("AuthServer:Issuer", Authority + "/"), new("Identity:SwaggerRootUrl", Authority)];
}
