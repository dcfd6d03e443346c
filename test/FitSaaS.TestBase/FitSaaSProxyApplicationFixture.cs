using System.Security.Claims;
using FitSaaS.Framework.Http.Client;
using FitSaaS.Framework.Http.Client.Authentication;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FitSaaS.Testing;

/// <summary>
/// The application-test fixture in proxy mode (contract parity): the real host runs on Kestrel at a loopback port over
/// the test database, and every application-service contract resolved from <see cref="CreateScope"/> is the HTTP client
/// proxy of <c>FitSaaS.HttpApi.Client</c>. The ambient user of <see cref="FitSaaSApplicationFixture.RunAs"/> travels as a
/// bearer token signed by the host's own signing key with exactly that user's claims, the ambient tenant as
/// <c>__tenant</c>; everything else (<see cref="FitSaaSApplicationFixture.Services"/>) is the host's own container, so
/// assertions read the same database and caches the host serves from.
/// </summary>
public class FitSaaSProxyApplicationFixture : FitSaaSApplicationFixture
{
    private WebApplicationFactory<Program>? _factory;
    private ServiceProvider? _client;
    private HashSet<Type> _contracts = [];

    /// <inheritdoc/>
    public override bool IsRemote => true;

    /// <summary>The host's Kestrel address.</summary>
    public Uri ServerAddress { get; private set; } = null!;

    /// <summary>The client container (proxies, token provider, HTTP clients).</summary>
    public IServiceProvider ClientServices => _client!;

    /// <inheritdoc/>
    protected override Task<(IServiceProvider Services, IAsyncDisposable Owner)> StartServicesAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        // Like the in-process fixture (no hosted services), the host does not dispatch the outbox on its own: tests that
        // requeue or publish events read the outbox rows the call left, whichever way the call travelled.
        _factory = FitSaaSWebFixture.CreateFactory(
            database.Settings.Append(new KeyValuePair<string, string?>("EventBus:Outbox:IsDispatcherEnabled", "false")).Concat(ExtraSettings),
            useKestrel: true, builder => builder.ConfigureTestServices(ConfigureServices));
        ServerAddress = FitSaaSWebFixture.GetServerAddress(_factory);
        var host = _factory.Services;

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // The test's ambient tenant is the host container's async-local one: share it so RunAs reaches the proxies.
        services.AddSingleton(host.GetRequiredService<ICurrentTenant>());
        services.AddSingleton<IRemoteServiceAccessTokenProvider>(new AmbientPrincipalAccessTokenProvider(host));
        services.Configure<RemoteServiceOptions>(options =>
            options.RemoteServices[RemoteServiceOptions.DefaultName] = new RemoteServiceConfiguration { BaseUrl = ServerAddress.ToString() });
        services.AddFitSaaSHttpApiClient();
        _client = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        // The contracts the host's loaded modules expose (a module left out of the host has no proxies to call).
        _contracts = [.. Framework.Http.HttpApiConventions.GetServiceContracts(host.GetRequiredService<Framework.Modularity.ModuleContainer>())];
        return Task.FromResult<(IServiceProvider, IAsyncDisposable)>((host, _factory));
    }

    /// <inheritdoc/>
    public override AsyncServiceScope CreateScope() => new(new ProxyScope(Services.CreateAsyncScope(), _client!, _contracts));

    /// <inheritdoc/>
    protected override async ValueTask OnDisposingAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }
    }

    private sealed class ProxyScope(AsyncServiceScope inner, IServiceProvider client, HashSet<Type> contracts) : IServiceScope, IAsyncDisposable
    {
        public IServiceProvider ServiceProvider { get; } = new ProxyServiceProvider(inner.ServiceProvider, client, contracts);

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    private sealed class ProxyServiceProvider(IServiceProvider inner, IServiceProvider client, HashSet<Type> contracts) : IServiceProvider, ISupportRequiredService
    {
        public object? GetService(Type serviceType) =>
            contracts.Contains(serviceType) ? client.GetService(serviceType) : inner.GetService(serviceType);

        public object GetRequiredService(Type serviceType) =>
            contracts.Contains(serviceType) ? client.GetRequiredService(serviceType) : inner.GetRequiredService(serviceType);
    }

    /// <summary>Signs a token for the ambient principal with the host's current signing key (what the token endpoint would issue for that user).</summary>
    private sealed class AmbientPrincipalAccessTokenProvider(IServiceProvider host) : IRemoteServiceAccessTokenProvider
    {
        private static readonly JsonWebTokenHandler s_handler = new();

        public async Task<string?> GetAccessTokenAsync(RemoteServiceAccessTokenContext context, CancellationToken cancellationToken = default)
        {
            var principal = host.GetRequiredService<ICurrentPrincipalAccessor>().Principal;
            if (principal?.Identity?.IsAuthenticated != true)
            {
                return null;
            }

            var options = host.GetRequiredService<IOptions<TokenServerOptions>>().Value;
            var key = await host.GetRequiredService<SigningKeyManager>().GetSigningKeyAsync(cancellationToken);
            var claims = principal.Claims.Select(c => new Claim(c.Type, c.Value)).ToList();
            claims.Add(new Claim(FitSaaSClaimTypes.ClientId, IdentityConsts.DefaultClientId));
            claims.Add(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")));
            var now = DateTime.UtcNow;
            return s_handler.CreateToken(new SecurityTokenDescriptor
            {
                Issuer = options.Issuer,
                Audience = options.Audience,
                Subject = new ClaimsIdentity(claims),
                IssuedAt = now,
                NotBefore = now,
                Expires = now + options.AccessTokenLifetime,
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
                TokenType = "at+jwt",
            });
        }
    }
}
