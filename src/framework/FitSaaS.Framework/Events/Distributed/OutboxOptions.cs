namespace FitSaaS.Framework.Events.Distributed;

/// <summary>Options of the outbox dispatcher and the inbox (configuration section <c>EventBus:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "EventBus:Outbox";

    /// <summary>False to not run the dispatcher in this process (events are still written to the outbox); default true.</summary>
    public bool IsDispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due messages without being woken by a commit; default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages taken from one database at a time; default 100 (at least 1).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the list of tenant databases is re-read; default 30 s (a commit in an unknown tenant database adds it at once).</summary>
    public TimeSpan TenantDatabaseRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Inbox records older than this are deleted by the daily cleanup job; default 7 days (redeliveries come much sooner).</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Longest wait between two sending attempts of one message while the transport is unavailable
    /// (<see cref="DistributedEventTransportException"/>); default 30 s, so messages go out at most that long after the
    /// broker is back. The back-off doubles from <see cref="DistributedEventBusOptions.FirstRetryDelay"/> up to it.
    /// </summary>
    public TimeSpan MaxTransportRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
