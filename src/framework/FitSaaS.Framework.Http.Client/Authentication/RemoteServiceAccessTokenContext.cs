using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Framework.Http.Client.Authentication;

/// <summary>What a token is asked for.</summary>
/// <param name="RemoteServiceName">The remote service called.</param>
/// <param name="Configuration">Its configuration.</param>
/// <param name="Tenant">The caller's current tenant (null = host; the id, or only the name when the caller knows just that); tokens of one tenant are never used for another.</param>
/// <param name="RefusedAccessToken">The token the service just refused (401), when asking again: do not return it.</param>
public sealed record RemoteServiceAccessTokenContext(
    string RemoteServiceName, RemoteServiceConfiguration Configuration, BasicTenantInfo? Tenant, string? RefusedAccessToken = null);
