using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Http;
using FitSaaS.Framework.AspNetCore.ExceptionHandling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.AspNetCore.MultiTenancy;

/// <summary>
/// Resolves the request's tenant, in order: the access token's <c>tenantid</c> claim (a signed-in
/// user; host users have none), the <c>__tenant</c> header, the sub-domain pattern, a tenant's custom
/// domain (<see cref="ITenantStore.FindByHostAsync"/>), the <c>__tenant</c> query value. A header, host or query value naming another tenant than a signed-in
/// user's is refused (403 <c>TenantManagement:TenantMismatch</c>). Unknown tenant → 404
/// <c>TenantManagement:TenantNotFound</c>; inactive → 403 <c>TenantManagement:TenantInactive</c>.
/// Runs after authentication. The tenant's connection string is resolved here too
/// (<see cref="IConnectionStringResolver.Remember"/>), so the request's database contexts do not look it up again.
/// </summary>
internal sealed class MultiTenancyMiddleware(
    RequestDelegate next,
    IOptions<TenantResolveOptions> options,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TenantRequestMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context, ITenantStore tenantStore)
    {
        var requested = await FindRequestedTenantAsync(context, options.Value, tenantStore);
        TenantConfiguration? tenant = null;
        if (currentUser.IsAuthenticated)
        {
            var userTenantId = currentUser.TenantId;
            if (userTenantId is { } id)
            {
                tenant = await tenantStore.FindAsync(id, context.RequestAborted);
                if (tenant is null)
                {
                    await WriteProblemAsync(context, 404, MultiTenancyErrorCodes.TenantNotFound, "The token's tenant does not exist.");
                    return;
                }
            }

            if (requested is not null && !Matches(requested, tenant))
            {
                await WriteProblemAsync(context, 403, MultiTenancyErrorCodes.TenantMismatch,
                    "The requested tenant differs from the signed-in user's tenant.");
                return;
            }
        }
        else if (requested is not null)
        {
            tenant = Guid.TryParse(requested, out var id)
                ? await tenantStore.FindAsync(id, context.RequestAborted)
                : await tenantStore.FindAsync(requested, context.RequestAborted);
            if (tenant is null)
            {
                await WriteProblemAsync(context, 404, MultiTenancyErrorCodes.TenantNotFound, $"There is no tenant '{requested}'.");
                return;
            }
        }

        if (tenant is { IsActive: false })
        {
            await WriteProblemAsync(context, 403, MultiTenancyErrorCodes.TenantInactive, $"Tenant '{tenant.Name}' is inactive.");
            return;
        }

        if (tenant is not null && context.RequestServices.GetService<IConnectionStringResolver>() is { } connectionStrings)
        {
            // The tenant was just read from the store: its database needs no second lookup in this request.
            connectionStrings.Remember(tenant);
        }

        using (currentTenant.Change(tenant?.Id, tenant?.Name))
        {
            try
            {
                await next(context);
            }
            finally
            {
                metrics.RequestServed(tenant?.Id, tenant?.Name, context.Response.StatusCode);
            }
        }
    }

    private static bool Matches(string requested, TenantConfiguration? tenant) =>
        tenant is not null &&
        (Guid.TryParse(requested, out var id) ? id == tenant.Id : string.Equals(requested, tenant.Name, StringComparison.OrdinalIgnoreCase));

    private static async Task<string?> FindRequestedTenantAsync(HttpContext context, TenantResolveOptions options, ITenantStore tenantStore)
    {
        if (context.Request.Headers.TryGetValue(options.TenantKey, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        if (options.SubdomainPattern is { } pattern && FromHost(context.Request.Host.Host, pattern) is { } subdomain)
        {
            return subdomain;
        }

        if (options.ResolveCustomDomains && context.Request.Host.HasValue &&
            await tenantStore.FindByHostAsync(context.Request.Host.Host, context.RequestAborted) is { } owner)
        {
            return owner.Id.ToString();
        }

        return context.Request.Query.TryGetValue(options.TenantKey, out var query) && !string.IsNullOrWhiteSpace(query)
            ? query.ToString().Trim()
            : null;
    }

    private static string? FromHost(string host, string pattern)
    {
        var index = pattern.IndexOf("{0}", StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var prefix = pattern[..index];
        var suffix = pattern[(index + 3)..];
        if (host.Length <= prefix.Length + suffix.Length ||
            !host.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = host[prefix.Length..^suffix.Length];
        return name.Contains('.', StringComparison.Ordinal) ? null : name;
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string code, string detail) =>
        FitSaaSProblems.WriteAsync(context, FitSaaSProblems.Create(context, status, detail, code));
}
