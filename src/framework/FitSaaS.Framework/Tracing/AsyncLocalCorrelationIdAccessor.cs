namespace FitSaaS.Framework.Tracing;

/// <summary>Default <see cref="ICorrelationIdAccessor"/>: an <see cref="AsyncLocal{T}"/> owned by a DI singleton.</summary>
public sealed class AsyncLocalCorrelationIdAccessor : ICorrelationIdAccessor
{
    private readonly AsyncLocal<string?> _current = new();

    /// <inheritdoc/>
    public string? CorrelationId => _current.Value;

    /// <inheritdoc/>
    public IDisposable Change(string? correlationId)
    {
        var previous = _current.Value;
        _current.Value = Normalize(correlationId);
        return new Restore(this, previous);
    }

    /// <summary>
    /// A correlation id as kept: null for blank, otherwise trimmed and cut to <see cref="ICorrelationIdAccessor.MaxLength"/> characters.
    /// </summary>
    public static string? Normalize(string? correlationId)
    {
        if (string.IsNullOrWhiteSpace(correlationId))
        {
            return null;
        }

        var trimmed = correlationId.Trim();
        return trimmed.Length <= ICorrelationIdAccessor.MaxLength ? trimmed : trimmed[..ICorrelationIdAccessor.MaxLength];
    }

    private sealed class Restore(AsyncLocalCorrelationIdAccessor owner, string? previous) : IDisposable
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
