using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using FitSaaS.Framework.Exceptions;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.Http.Client.Authentication;

// IdentityModel / Duende.IdentityModel, Duende.AccessTokenManagement and ABP's IdentityModel module are not obtainable
// here (the registry has no versions of them); the two grants a
// server-to-server or console client needs are a form POST each (RFC 6749 §4.3, §4.4, §6), kept small here.

/// <summary>
/// The ready <see cref="IRemoteServiceAccessTokenProvider"/>: runs the grant of
/// <see cref="RemoteServiceAuthenticationOptions.GrantType"/> (<c>client_credentials</c>, or <c>password</c> renewed with
/// its refresh token) against the token endpoint, sending the caller's tenant as <c>__tenant</c>. Tokens are cached per
/// (remote service, tenant, user or client) — never shared across tenants — and renewed
/// <see cref="RemoteServiceAuthenticationOptions.RefreshBeforeExpiry"/> before they expire.
/// </summary>
public sealed partial class OAuthAccessTokenProvider(
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger<OAuthAccessTokenProvider> logger) : IRemoteServiceAccessTokenProvider, IDisposable
{
    private readonly ConcurrentDictionary<CacheKey, CachedToken> _tokens = new();
    private readonly ConcurrentDictionary<CacheKey, SemaphoreSlim> _locks = new();

    /// <inheritdoc/>
    public async Task<string?> GetAccessTokenAsync(RemoteServiceAccessTokenContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Configuration.Authentication;
        if (string.IsNullOrWhiteSpace(options.GrantType))
        {
            return null;
        }

        var key = new CacheKey(context.RemoteServiceName, context.Tenant?.Id?.ToString() ?? context.Tenant?.Name ?? string.Empty,
            options.GrantType, options.GrantType == "password" ? options.UserName ?? string.Empty : options.ClientId);
        if (_tokens.TryGetValue(key, out var cached) && IsFresh(cached, options) && cached.AccessToken != context.RefusedAccessToken)
        {
            return cached.AccessToken;
        }

        var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _tokens.TryGetValue(key, out cached);
            // Another caller may have renewed it meanwhile: a fresh token other than the refused one is good.
            if (cached is not null && IsFresh(cached, options) && cached.AccessToken != context.RefusedAccessToken)
            {
                return cached.AccessToken;
            }

            var token = await RequestAsync(context, cached?.RefreshToken, cancellationToken).ConfigureAwait(false);
            _tokens[key] = token;
            return token.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets every cached token (e.g. after the user signs out).</summary>
    public void Clear() => _tokens.Clear();

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var gate in _locks.Values)
        {
            gate.Dispose();
        }
    }

    private bool IsFresh(CachedToken token, RemoteServiceAuthenticationOptions options) =>
        token.ExpiresAt - options.RefreshBeforeExpiry > timeProvider.GetUtcNow();

    private async Task<CachedToken> RequestAsync(RemoteServiceAccessTokenContext context, string? refreshToken, CancellationToken cancellationToken)
    {
        var options = context.Configuration.Authentication;
        var grant = options.GrantType!;
        if (grant == "password" && refreshToken is not null)
        {
            var refreshed = await SendAsync(context, "refresh_token", new() { ["refresh_token"] = refreshToken }, throwOnError: false, cancellationToken)
                .ConfigureAwait(false);
            if (refreshed is not null)
            {
                return refreshed;
            }

            LogRefreshRefused(logger, context.RemoteServiceName);
        }

        var fields = grant switch
        {
            "client_credentials" => new Dictionary<string, string>(),
            "password" => new Dictionary<string, string>
            {
                ["username"] = options.UserName ?? throw new InvalidOperationException(
                    $"RemoteServices:{context.RemoteServiceName}:Authentication:UserName is required for the password grant."),
                ["password"] = options.Password ?? string.Empty,
            },
            _ => throw new InvalidOperationException(
                $"RemoteServices:{context.RemoteServiceName}:Authentication:GrantType '{grant}' is not supported (client_credentials, password)."),
        };
        if (!string.IsNullOrWhiteSpace(options.Scope))
        {
            fields["scope"] = options.Scope;
        }

        return (await SendAsync(context, grant, fields, throwOnError: true, cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<CachedToken?> SendAsync(
        RemoteServiceAccessTokenContext context, string grantType, Dictionary<string, string> fields, bool throwOnError, CancellationToken cancellationToken)
    {
        var configuration = context.Configuration;
        var options = configuration.Authentication;
        fields["grant_type"] = grantType;
        fields["client_id"] = options.ClientId;
        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            fields["client_secret"] = options.ClientSecret;
        }

        var endpoint = options.TokenEndpoint is { Length: > 0 } configured
            ? new Uri(configured, UriKind.Absolute)
            : new Uri(new Uri(configuration.BaseUrl!, UriKind.Absolute), "connect/token");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if ((context.Tenant?.Id?.ToString() ?? context.Tenant?.Name) is { } tenantKey)
        {
            request.Headers.Add(HttpClientProxyHeaders.Tenant, tenantKey);
        }

        var sentAt = timeProvider.GetUtcNow();
        using var client = httpClientFactory.CreateClient(HttpClientProxyNames.For(context.RemoteServiceName));
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonElement json = default;
        var parsed = false;
        try
        {
            json = JsonDocument.Parse(body).RootElement;
            parsed = json.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
        }

        if (response.IsSuccessStatusCode && parsed && json.TryGetProperty("access_token", out var accessToken) && accessToken.GetString() is { Length: > 0 } token)
        {
            var lifetime = json.TryGetProperty("expires_in", out var expiresIn) && expiresIn.TryGetInt32(out var seconds) ? seconds : 300;
            var refresh = json.TryGetProperty("refresh_token", out var refreshToken) ? refreshToken.GetString() : null;
            LogTokenObtained(logger, grantType, context.RemoteServiceName, lifetime);
            return new CachedToken(token, refresh, sentAt + TimeSpan.FromSeconds(lifetime));
        }

        if (!throwOnError)
        {
            return null;
        }

        var error = parsed && json.TryGetProperty("error", out var e) ? e.GetString() : null;
        var description = parsed && json.TryGetProperty("error_description", out var d) ? d.GetString() : null;
        var exception = new AuthorizationException(
            $"The token endpoint refused the {grantType} grant for remote service '{context.RemoteServiceName}': " +
            $"{(int)response.StatusCode} {error ?? "no error code"}{(description is null ? string.Empty : " — " + description)}",
            RemoteServiceErrorCodes.TokenRequestFailed);
        exception.Data["error"] = error;
        exception.Data["status"] = (int)response.StatusCode;
        throw exception;
    }

    [LoggerMessage(EventId = 5301, Level = LogLevel.Debug, Message = "Obtained an access token ({GrantType}) for remote service {RemoteService}, valid {Lifetime} s")]
    private static partial void LogTokenObtained(ILogger logger, string grantType, string remoteService, int lifetime);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Information, Message = "The refresh token for remote service {RemoteService} was refused; signing in again")]
    private static partial void LogRefreshRefused(ILogger logger, string remoteService);

    private sealed record CacheKey(string RemoteService, string Tenant, string GrantType, string Principal);

    private sealed record CachedToken(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);
}
