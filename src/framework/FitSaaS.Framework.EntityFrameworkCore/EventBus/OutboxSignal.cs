using System.Collections.Concurrent;

namespace FitSaaS.Framework.EntityFrameworkCore.EventBus;

/// <summary>
/// Wakes the outbox dispatcher when a unit of work that wrote outbox rows has committed (so events go out at once, not at
/// the next poll), and tells it which tenant's database to look at.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly ConcurrentQueue<Guid?> _tenants = new();

    /// <summary>Signals new outbox rows in the database of <paramref name="tenantId"/> (null = host).</summary>
    public void Notify(Guid? tenantId)
    {
        if (_tenants.Count < 10_000)
        {
            _tenants.Enqueue(tenantId);
        }

        try
        {
            if (_semaphore.CurrentCount == 0)
            {
                _semaphore.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>Waits until signalled or <paramref name="timeout"/> passed; true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    /// <summary>The tenants signalled since the last call (distinct).</summary>
    public IReadOnlyCollection<Guid?> DrainTenants()
    {
        var tenants = new HashSet<Guid?>();
        while (_tenants.TryDequeue(out var tenant))
        {
            tenants.Add(tenant);
        }

        return tenants;
    }

    /// <inheritdoc/>
    public void Dispose() => _semaphore.Dispose();
}
