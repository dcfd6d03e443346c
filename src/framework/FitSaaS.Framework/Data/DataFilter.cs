using System.Collections.Concurrent;

namespace FitSaaS.Framework.Data;

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
