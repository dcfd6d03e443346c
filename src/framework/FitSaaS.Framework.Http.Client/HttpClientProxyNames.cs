namespace FitSaaS.Framework.Http.Client;

/// <summary>Names of the <see cref="HttpClient"/> registrations the proxies use (one per remote service).</summary>
public static class HttpClientProxyNames
{
    /// <summary>The <see cref="IHttpClientFactory"/> name of <paramref name="remoteServiceName"/>'s client (<c>FitSaaS.RemoteService.{name}</c>).</summary>
    public static string For(string remoteServiceName) => "FitSaaS.RemoteService." + remoteServiceName;
}
