namespace FitSaaS.Framework.Guids;

/// <summary>Creates entity keys. Inject it; never call <see cref="Guid.NewGuid"/> for keys.</summary>
public interface IGuidGenerator
{
    /// <summary>Creates a new key.</summary>
    Guid Create();
}

/// <summary>
/// Sequential keys: RFC 9562 version 7 UUIDs (Unix-millisecond timestamp first) from the injected
/// <see cref="TimeProvider"/>, so new rows append to indexes instead of splitting pages.
/// </summary>
public sealed class SequentialGuidGenerator(TimeProvider timeProvider) : IGuidGenerator
{
    /// <inheritdoc/>
    public Guid Create() => Guid.CreateVersion7(timeProvider.GetUtcNow());
}
