namespace FitSaaS.Framework.MultiTenancy;

/// <summary>Default <see cref="ICurrentTenant"/> over <see cref="CurrentTenantAccessor"/>.</summary>
public sealed class CurrentTenant(CurrentTenantAccessor accessor) : ICurrentTenant
{
    /// <inheritdoc/>
    public Guid? Id => accessor.Current?.Id;

    /// <inheritdoc/>
    public string? Name => accessor.Current?.Name;

    /// <inheritdoc/>
    public bool IsAvailable => Id.HasValue;

    /// <inheritdoc/>
    public IDisposable Change(Guid? id, string? name = null)
    {
        var previous = accessor.Current;
        accessor.Current = new BasicTenantInfo(id, name);
        return new RestoreScope(() => accessor.Current = previous);
    }

    private sealed class RestoreScope(Action restore) : IDisposable
    {
        private Action? _restore = restore;

        public void Dispose()
        {
            Interlocked.Exchange(ref _restore, null)?.Invoke();
        }
    }
}
