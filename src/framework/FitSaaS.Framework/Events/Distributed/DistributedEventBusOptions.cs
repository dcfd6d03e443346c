namespace FitSaaS.Framework.Events.Distributed;

/// <summary>Options of the distributed event bus (configuration section <c>EventBus</c>).</summary>
public sealed class DistributedEventBusOptions
{
    /// <summary>Handling attempts of one message before it is dead-lettered; default 5 (at least 1).</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry of a failed message; it doubles on each later retry. Default 1 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The delay before retry number <paramref name="attempt"/> (1-based): <see cref="FirstRetryDelay"/> × 2^(attempt−1), at most 5 minutes.</summary>
    public TimeSpan GetRetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt, 1, 30) - 1);
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, TimeSpan.FromMinutes(5).Ticks));
        return delay;
    }
}
