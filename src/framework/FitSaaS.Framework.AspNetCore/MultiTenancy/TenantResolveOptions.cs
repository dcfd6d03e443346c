namespace FitSaaS.Framework.AspNetCore.MultiTenancy;

/// <summary>How the tenant of an HTTP request is found.</summary>
public sealed class TenantResolveOptions
{
    /// <summary>Name of the header and of the query value that carry the tenant (id or name); default <c>__tenant</c>.</summary>
    public string TenantKey { get; set; } = "__tenant";

    /// <summary>
    /// Host-name pattern whose <c>{0}</c> is the tenant name, e.g. <c>{0}.fitsaas.app</c>; null (default)
    /// disables sub-domain resolution. Configuration key <c>MultiTenancy:SubdomainPattern</c>.
    /// </summary>
    public string? SubdomainPattern { get; set; }

    /// <summary>
    /// True (default) to resolve a request's <c>Host</c> through tenants' custom domains when neither the header nor
    /// the sub-domain pattern named a tenant. Configuration key <c>MultiTenancy:ResolveCustomDomains</c>.
    /// </summary>
    public bool ResolveCustomDomains { get; set; } = true;
}
