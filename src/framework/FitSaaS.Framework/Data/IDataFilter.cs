using System.Collections.Concurrent;

namespace FitSaaS.Framework.Data;

/// <summary>
/// Switches global data filters (<c>IMultiTenant</c>, <c>ISoftDelete</c>) on and off for the current
/// async flow. Filters are on by default. Disabling the tenant filter lifts only the EF Core filter: on
/// PostgreSQL, row-level security still limits the rows to the current tenant. Host code that must cross
/// tenants on purpose uses <see cref="MultiTenancy.ICrossTenantAccessor"/> (audited, lifts both).
/// </summary>
public interface IDataFilter
{
    /// <summary>Disables the filter until the returned scope is disposed.</summary>
    IDisposable Disable<TFilter>()
        where TFilter : class;

    /// <summary>Re-enables the filter until the returned scope is disposed.</summary>
    IDisposable Enable<TFilter>()
        where TFilter : class;

    /// <summary>True when the filter applies now.</summary>
    bool IsEnabled<TFilter>()
        where TFilter : class;
}

/// <summary>Default <see cref="IDataFilter"/>: one <see cref="AsyncLocal{T}"/> per filter type, owned by a DI singleton.</summary>
public sealed class DataFilter : IDataFilter
{
    private readonly ConcurrentDictionary<Type, AsyncLocal<bool?>> _states = new();

    /// <inheritdoc/>
    public IDisposable Disable<TFilter>()
        where TFilter : class => Set(typeof(TFilter), false);

    /// <inheritdoc/>
    public IDisposable Enable<TFilter>()
        where TFilter : class => Set(typeof(TFilter), true);

    /// <inheritdoc/>
    public bool IsEnabled<TFilter>()
        where TFilter : class => _states.TryGetValue(typeof(TFilter), out var state) ? state.Value ?? true : true;

    private RestoreScope Set(Type type, bool enabled)
    {
        var state = _states.GetOrAdd(type, static _ => new AsyncLocal<bool?>());
        var previous = state.Value;
        state.Value = enabled;
        return new RestoreScope(state, previous);
    }

    private sealed class RestoreScope(AsyncLocal<bool?> state, bool? previous) : IDisposable
    {
        public void Dispose() => state.Value = previous;
    }
}
