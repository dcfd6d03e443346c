namespace FitSaaS.Framework.Guids;

/// <summary>
/// Sequential keys: RFC 9562 version 7 UUIDs (Unix-millisecond timestamp first) from the injected
/// <see cref="TimeProvider"/>, so new rows append to indexes instead of splitting pages.
/// </summary>
public sealed class SequentialGuidGenerator(TimeProvider timeProvider) : IGuidGenerator
{
    /// <inheritdoc/>
    public Guid Create() => Guid.CreateVersion7(timeProvider.GetUtcNow());
}
