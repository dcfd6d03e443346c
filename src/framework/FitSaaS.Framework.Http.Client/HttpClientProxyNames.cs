namespace FitSaaS.Framework.Http.Client;

/// <summary>Names of the <see cref="HttpClient"/> registrations the proxies use (one per remote service).</summary>
public static class HttpClientProxyNames
{
    /// <summary>The <see cref="IHttpClientFactory"/> name of <paramref name="remoteServiceName"/>'s client (<c>FitSaaS.RemoteService.{name}</c>).</summary>
    public static string For(string remoteServiceName) => "FitSaaS.RemoteService." + remoteServiceName;
}

/// <summary>The headers every proxy call carries.</summary>
public static class HttpClientProxyHeaders
{
    /// <summary>The caller's tenant id (ABP's <c>__tenant</c>); absent for the host.</summary>
    public const string Tenant = "__tenant";

    /// <summary>The caller's correlation id (the ambient one, else a new one per call), echoed by the host.</summary>
    public const string CorrelationId = "X-Correlation-Id";
}
