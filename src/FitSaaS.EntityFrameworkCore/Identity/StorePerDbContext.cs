using FitSaaS.Framework.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// One EF Core Identity store per context of the scope, for <see cref="AppUserStore"/> and <see cref="AppRoleStore"/>: the
/// context of the current tenant is got asynchronously on every call, the store built on it is kept for the scope.
/// </summary>
internal sealed class StorePerDbContext<TStore>(IDbContextProvider<FitSaaSDbContext> dbContextProvider, Type entityType, Func<FitSaaSDbContext, TStore> create)
    : IDisposable
    where TStore : IDisposable
{
    private readonly Dictionary<FitSaaSDbContext, TStore> _stores = [];

    public async ValueTask<TStore> GetAsync(CancellationToken cancellationToken)
    {
        var context = await dbContextProvider.GetDbContextAsync(entityType, cancellationToken);
        if (!_stores.TryGetValue(context, out var store))
        {
            store = create(context);
            _stores.Add(context, store);
        }

        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores.Values)
        {
            store.Dispose();
        }

        _stores.Clear();
    }
}
