namespace FitSaaS.Framework.Tracing;

/// <summary>
/// The correlation id of the work running in this async flow: the HTTP request (<c>X-Correlation-Id</c> header when it
/// is a valid id, otherwise the request's trace identifier), the background job (its job id) or the distributed event
/// being handled (the message's correlation id). Stamped on distributed events so a chain of work can be traced.
/// </summary>
public interface ICorrelationIdAccessor
{
    /// <summary>The current correlation id (at most <see cref="MaxLength"/> characters), or null outside any request, job or event.</summary>
    string? CorrelationId { get; }

    /// <summary>Uses <paramref name="correlationId"/> (cut to <see cref="MaxLength"/> characters) in this async flow until the returned value is disposed.</summary>
    IDisposable Change(string? correlationId);

    /// <summary>Longest correlation id kept, in characters (64, the limit of <see cref="Events.Distributed.DistributedEventEnvelope.CorrelationId"/>).</summary>
    const int MaxLength = Events.Distributed.DistributedEventEnvelope.MaxCorrelationIdLength;
}

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
