using FitSaaS.Framework.Data;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;

namespace FitSaaS.EntityFrameworkCore;

internal static class DesignTime
{
    public static FitSaaSDbContextDependencies Dependencies() => new(
        new CurrentTenant(new CurrentTenantAccessor()),
        new DataFilter(),
        new CurrentUser(new AsyncLocalCurrentPrincipalAccessor()),
        TimeProvider.System,
        new NoLocalEvents());

    private sealed class NoLocalEvents : ILocalEventBus
    {
        public Task PublishAsync(object eventData, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
