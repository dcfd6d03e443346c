namespace FitSaaS.Domain.Tests.Programs.Fakes;

/// <summary>A clock that moves one second forward on every read, so results are logged in a known order.</summary>
public sealed class SteppingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        _now = _now.AddSeconds(1);
        return _now;
    }
}
