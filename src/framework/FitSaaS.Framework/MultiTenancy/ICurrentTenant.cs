namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// The tenant the current code runs for: resolved per HTTP request, restored for jobs and events,
/// switched explicitly with <see cref="Change"/>. Null <see cref="Id"/> means the host (platform).
/// </summary>
public interface ICurrentTenant
{
    /// <summary>The tenant id; null for the host.</summary>
    Guid? Id { get; }

    /// <summary>The tenant's unique name, when known.</summary>
    string? Name { get; }

    /// <summary>True when running for a tenant (not the host).</summary>
    bool IsAvailable { get; }

    /// <summary>Runs the following code for another tenant (null = host) until the scope is disposed.</summary>
    IDisposable Change(Guid? id, string? name = null);
}

/// <summary>The tenant of the current async flow.</summary>
/// <param name="Id">Tenant id; null for the host.</param>
/// <param name="Name">Tenant name, when known.</param>
public sealed record BasicTenantInfo(Guid? Id, string? Name);

/// <summary>Holds the current tenant for the async flow (an <see cref="AsyncLocal{T}"/> owned by a DI singleton).</summary>
public sealed class CurrentTenantAccessor
{
    private readonly AsyncLocal<BasicTenantInfo?> _current = new();

    /// <summary>The tenant of this async flow; null when nothing was set (the host).</summary>
    public BasicTenantInfo? Current
    {
        get => _current.Value;
        set => _current.Value = value;
    }
}

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
