using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Framework.Http.Client.Authentication;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Threading;
using FitSaaS.Framework.Tracing;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Http.Client;

/// <summary>
/// Sends proxy calls: the request of <see cref="HttpApiRequestBuilder"/> with the caller's tenant (<c>__tenant</c>:
/// the tenant id, or its name when only the name is known — <c>ICurrentTenant.Change(null, "demo-gym")</c>), correlation id (<c>X-Correlation-Id</c>), UI culture (<c>Accept-Language</c>) and access token
/// (<see cref="IRemoteServiceAccessTokenProvider"/>; renewed once after a 401), cancelled by the method's
/// <see cref="CancellationToken"/> argument or the ambient <see cref="ICancellationTokenProvider.Token"/>; reads the JSON result with
/// <see cref="HttpApiJson.Options"/> (204 → null) or throws what <see cref="RemoteServiceExceptionMapper"/> rebuilds.
/// </summary>
public sealed class HttpClientProxyInvoker(
    IHttpClientFactory httpClientFactory,
    IOptionsMonitor<RemoteServiceOptions> options,
    IRemoteServiceAccessTokenProvider tokens,
    ICurrentTenant currentTenant,
    ICorrelationIdAccessor correlationIds,
    ICancellationTokenProvider cancellationTokens)
{
    /// <summary>Sends a call whose method returns <see cref="Task"/>.</summary>
    public async Task CallAsync(HttpClientProxyCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var linked = Link(ref call);
        using var response = await SendAsync(call).ConfigureAwait(false);
    }

    /// <summary>Sends a call whose method returns <see cref="Task{TResult}"/> and reads its result.</summary>
    public async Task<T> CallAsync<T>(HttpClientProxyCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var linked = Link(ref call);
        using var response = await SendAsync(call).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return default!;
        }

        try
        {
            return (await response.Content.ReadFromJsonAsync<T>(HttpApiJson.Options, call.CancellationToken).ConfigureAwait(false))!;
        }
        catch (JsonException ex)
        {
            // The host answered with something else than the contract's type (another version, a proxy's error page).
            throw new RemoteCallException(
                $"{call.Action.HttpMethod} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode} with a body that is not a {typeof(T).Name}: {ex.Message}",
                (int)response.StatusCode, problem: null, ex);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClientProxyCall call)
    {
        var configuration = options.CurrentValue.Get(call.RemoteServiceName);
        var tenant = currentTenant.Id is null && currentTenant.Name is null ? null : new BasicTenantInfo(currentTenant.Id, currentTenant.Name);
        var tokenContext = new RemoteServiceAccessTokenContext(call.RemoteServiceName, configuration, tenant);
        var token = await tokens.GetAccessTokenAsync(tokenContext, call.CancellationToken).ConfigureAwait(false);
        var client = httpClientFactory.CreateClient(HttpClientProxyNames.For(call.RemoteServiceName));
        var correlationId = correlationIds.CorrelationId ?? Guid.NewGuid().ToString("N");
        var response = await client.SendAsync(CreateRequest(call, configuration, tenant, token, correlationId), HttpCompletionOption.ResponseHeadersRead, call.CancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
        {
            // The token was revoked or its key rotated away: renew once (authentication runs before the action, so nothing happened).
            response.Dispose();
            token = await tokens.GetAccessTokenAsync(tokenContext with { RefusedAccessToken = token }, call.CancellationToken).ConfigureAwait(false);
            response = await client.SendAsync(CreateRequest(call, configuration, tenant, token, correlationId), HttpCompletionOption.ResponseHeadersRead, call.CancellationToken)
                .ConfigureAwait(false);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await RemoteServiceExceptionMapper.ToExceptionAsync(response, call.CancellationToken).ConfigureAwait(false);
        }
    }

    // The call is cancelled by its own token and by the ambient one; the linked source lives as long as the call.
    private CancellationTokenSource? Link(ref HttpClientProxyCall call)
    {
        var ambient = cancellationTokens.Token;
        if (!ambient.CanBeCanceled || ambient == call.CancellationToken)
        {
            return null;
        }

        if (!call.CancellationToken.CanBeCanceled)
        {
            call = call with { CancellationToken = ambient };
            return null;
        }

        var linked = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken, ambient);
        call = call with { CancellationToken = linked.Token };
        return linked;
    }

    private static HttpRequestMessage CreateRequest(HttpClientProxyCall call, RemoteServiceConfiguration configuration, BasicTenantInfo? tenant, string? token, string correlationId)
    {
        var baseUrl = configuration.BaseUrl!.EndsWith('/') ? configuration.BaseUrl : configuration.BaseUrl + "/";
        var request = new HttpRequestMessage(HttpMethod.Parse(call.Action.HttpMethod), new Uri(new Uri(baseUrl, UriKind.Absolute), HttpApiRequestBuilder.BuildRelativeUrl(call.Action, call.Arguments)))
        {
            Content = HttpApiRequestBuilder.BuildBody(call.Action, call.Arguments),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add(HttpClientProxyHeaders.CorrelationId, correlationId);
        if ((tenant?.Id?.ToString() ?? tenant?.Name) is { } tenantKey)
        {
            request.Headers.Add(HttpClientProxyHeaders.Tenant, tenantKey);
        }

        if (CultureInfo.CurrentUICulture.Name is { Length: > 0 } culture)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
