namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// The distributed event types a module publishes or consumes, registered explicitly in its
/// <c>ConfigureServices</c> (<c>services.Configure&lt;DistributedEventOptions&gt;(o =&gt; o.EventTypes.Add&lt;BookingConfirmedEto&gt;())</c>).
/// Only registered types are written to or read from messages.
/// </summary>
public sealed class DistributedEventOptions
{
    /// <summary>The registered event types, by wire name.</summary>
    public DistributedEventTypeList EventTypes { get; } = new();
}
