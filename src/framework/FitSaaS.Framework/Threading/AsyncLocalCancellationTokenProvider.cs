namespace FitSaaS.Framework.Threading;

/// <summary>Default <see cref="ICancellationTokenProvider"/>: an <see cref="AsyncLocal{T}"/> owned by a DI singleton.</summary>
public sealed class AsyncLocalCancellationTokenProvider : ICancellationTokenProvider
{
    private readonly AsyncLocal<CancellationToken?> _current = new();

    /// <inheritdoc/>
    public CancellationToken Token => _current.Value ?? CancellationToken.None;

    /// <inheritdoc/>
    public IDisposable Use(CancellationToken cancellationToken)
    {
        var previous = _current.Value;
        _current.Value = cancellationToken;
        return new Restore(this, previous);
    }

    private sealed class Restore(AsyncLocalCancellationTokenProvider owner, CancellationToken? previous) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner._current.Value = previous;
            }
        }
    }
}
