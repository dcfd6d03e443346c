using FitSaaS.Framework.Data;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>The framework services every <see cref="FitSaaSDbContextBase"/> needs, bundled to keep constructors short.</summary>
/// <param name="CurrentTenant">Tenant for filters and for stamping inserts.</param>
/// <param name="DataFilter">Switches for the tenant and soft-delete filters.</param>
/// <param name="CurrentUser">User for audit properties.</param>
/// <param name="TimeProvider">Clock for audit properties.</param>
/// <param name="LocalEventBus">Dispatches aggregates' local events before saving.</param>
public sealed record FitSaaSDbContextDependencies(
    ICurrentTenant CurrentTenant,
    IDataFilter DataFilter,
    ICurrentUser CurrentUser,
    TimeProvider TimeProvider,
    ILocalEventBus LocalEventBus);
