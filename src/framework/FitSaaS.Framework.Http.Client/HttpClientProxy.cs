using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using FitSaaS.Framework.Http.Client.Authentication;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Threading;
using FitSaaS.Framework.Tracing;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Http.Client;

// DispatchProxy ships with .NET and implements interfaces at run time; Castle.Core (ABP's choice) would add a package
// for the same thing (docs/decisions/0002, 0023).

/// <summary>
/// The object an application-service contract resolves to on the client: each call becomes the HTTP request the server's
/// auto API controller expects (<see cref="HttpApiConventions"/>), sent by <see cref="HttpClientProxyInvoker"/>.
/// </summary>
public class HttpClientProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<(Type, MethodInfo), ProxyMethod> s_methods = new();
    private static readonly MethodInfo s_wrap = typeof(HttpClientProxy).GetMethod(nameof(Wrap), BindingFlags.NonPublic | BindingFlags.Static)!;

    private HttpClientProxyInvoker _invoker = null!;
    private Type _serviceInterface = null!;
    private string _remoteServiceName = null!;

    /// <summary>Creates a proxy implementing <paramref name="serviceInterface"/> that calls <paramref name="remoteServiceName"/>.</summary>
    public static object Create(Type serviceInterface, string remoteServiceName, HttpClientProxyInvoker invoker)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        ArgumentNullException.ThrowIfNull(remoteServiceName);
        ArgumentNullException.ThrowIfNull(invoker);
        var proxy = (HttpClientProxy)Create(serviceInterface, typeof(HttpClientProxy));
        proxy._invoker = invoker;
        proxy._serviceInterface = serviceInterface;
        proxy._remoteServiceName = remoteServiceName;
        return proxy;
    }

    /// <summary>Checks every method of <paramref name="serviceInterface"/> can be proxied (async, at most one body), so a contract that cannot fails at start-up.</summary>
    /// <exception cref="NotSupportedException">A method does not return <see cref="Task"/> or <see cref="Task{TResult}"/>.</exception>
    public static void Validate(Type serviceInterface)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        foreach (var method in HttpApiConventions.GetActionMethods(serviceInterface))
        {
            GetMethod(serviceInterface, method);
        }
    }

    /// <inheritdoc/>
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var method = GetMethod(_serviceInterface, targetMethod);
        var arguments = args ?? [];
        var cancellationToken = method.CancellationTokenIndex is { } index && arguments[index] is CancellationToken token ? token : CancellationToken.None;
        var call = new HttpClientProxyCall(_remoteServiceName, _serviceInterface, targetMethod, method.Action, arguments, cancellationToken);
        return method.Invoke(_invoker, call);
    }

    private static ProxyMethod GetMethod(Type serviceInterface, MethodInfo method) =>
        s_methods.GetOrAdd((serviceInterface, method), static key =>
        {
            var (service, method) = key;
            var action = HttpApiConventions.GetAction(service, method);
            var ctIndex = Array.FindIndex(method.GetParameters(), p => p.ParameterType == typeof(CancellationToken));
            Func<HttpClientProxyInvoker, HttpClientProxyCall, object> invoke;
            if (method.ReturnType == typeof(Task))
            {
                invoke = static (invoker, call) => invoker.CallAsync(call);
            }
            else if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
            {
                invoke = (Func<HttpClientProxyInvoker, HttpClientProxyCall, object>)s_wrap
                    .MakeGenericMethod(method.ReturnType.GetGenericArguments()[0]).Invoke(null, null)!;
            }
            else
            {
                throw new NotSupportedException(
                    $"{service.Name}.{method.Name} returns {method.ReturnType.Name}; a remote call must return Task or Task<T>.");
            }

            return new ProxyMethod(action, ctIndex < 0 ? null : ctIndex, invoke);
        });

    private static Func<HttpClientProxyInvoker, HttpClientProxyCall, object> Wrap<T>() => static (invoker, call) => invoker.CallAsync<T>(call);

    private sealed record ProxyMethod(HttpApiAction Action, int? CancellationTokenIndex, Func<HttpClientProxyInvoker, HttpClientProxyCall, object> Invoke);
}

/// <summary>One call through a proxy.</summary>
/// <param name="RemoteServiceName">The remote service called.</param>
/// <param name="ServiceInterface">The contract.</param>
/// <param name="Method">The contract method.</param>
/// <param name="Action">Its HTTP shape.</param>
/// <param name="Arguments">The arguments, in order.</param>
/// <param name="CancellationToken">The method's <see cref="CancellationToken"/> argument, if it has one.</param>
public sealed record HttpClientProxyCall(
    string RemoteServiceName, Type ServiceInterface, MethodInfo Method, HttpApiAction Action, IReadOnlyList<object?> Arguments, CancellationToken CancellationToken);

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
