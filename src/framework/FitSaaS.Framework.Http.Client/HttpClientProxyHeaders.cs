namespace FitSaaS.Framework.Http.Client;

/// <summary>The headers every proxy call carries.</summary>
public static class HttpClientProxyHeaders
{
    /// <summary>The caller's tenant id (ABP's <c>__tenant</c>); absent for the host.</summary>
    public const string Tenant = "__tenant";

    /// <summary>The caller's correlation id (the ambient one, else a new one per call), echoed by the host.</summary>
    public const string CorrelationId = "X-Correlation-Id";
}
