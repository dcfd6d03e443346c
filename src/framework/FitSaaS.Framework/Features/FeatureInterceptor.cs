using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Framework.Features;

/// <summary>
/// Enforces <see cref="RequiresFeatureAttribute"/> on application services (class, contract interface
/// and method) for every caller. It runs after auditing and before authorization, so a tenant whose
/// edition lacks a module gets 403 <see cref="FeatureErrorCodes.NotEnabled"/> on all of that module's
/// endpoints, whoever calls. The host (no tenant) is not restricted.
/// </summary>
public sealed class FeatureInterceptor(IFeatureChecker features, ICurrentTenant currentTenant) : IApplicationServiceInterceptor
{
    /// <inheritdoc/>
    public async Task InterceptAsync(ApplicationServiceInvocation invocation, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        if (currentTenant.Id is not null)
        {
            foreach (var requirement in invocation.Method.ClassAttributes.OfType<RequiresFeatureAttribute>()
                .Concat(invocation.Method.Attributes.OfType<RequiresFeatureAttribute>()))
            {
                await features.CheckEnabledAsync(requirement.RequiresAll, requirement.Features);
            }
        }

        await next();
    }
}
