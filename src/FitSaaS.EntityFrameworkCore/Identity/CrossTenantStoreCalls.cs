using System.Runtime.CompilerServices;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// Runs a call of OpenIddict's base store inside an audited cross-tenant scope (ADR 0015), for the OAuth stores whose
/// lookups happen before the tenant is known. Enumerations are read whole inside the scope, then yielded outside it.
/// </summary>
internal static class CrossTenantStoreCalls
{
    public static async ValueTask<T> RunAsync<T>(this ICrossTenantAccessor crossTenant, string reason, Func<ValueTask<T>> call)
    {
        using (crossTenant.Begin(reason))
        {
            return await call();
        }
    }

    public static async ValueTask RunAsync(this ICrossTenantAccessor crossTenant, string reason, Func<ValueTask> call)
    {
        using (crossTenant.Begin(reason))
        {
            await call();
        }
    }

    public static async IAsyncEnumerable<T> RunAsync<T>(
        this ICrossTenantAccessor crossTenant, string reason, Func<IAsyncEnumerable<T>> call, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<T> items = [];
        using (crossTenant.Begin(reason))
        {
            await foreach (var item in call().WithCancellation(cancellationToken))
            {
                items.Add(item);
            }
        }

        foreach (var item in items)
        {
            yield return item;
        }
    }
}
