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
