using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FitSaaS.Framework.Diagnostics;

namespace FitSaaS.Framework.EntityFrameworkCore.EventBus;

/// <summary>
/// <c>fitsaas.outbox.backlog</c> (observable gauge, unit <c>{message}</c>) on the <see cref="FitSaaSMeter.Name"/> meter: the
/// outbox messages waiting in each database as last counted by this instance's <see cref="OutboxDispatcher{TDbContext}"/>
/// (after a pass, at most every <see cref="MeasureInterval"/>, and only while a listener such as OpenTelemetry observes the
/// gauge). One measurement per database: the host database without tags, a tenant's own database with
/// <see cref="FitSaaSMeter.TenantIdTag"/>.
/// </summary>
public sealed class OutboxMetrics
{
    /// <summary>The gauge's name.</summary>
    public const string BacklogName = "fitsaas.outbox.backlog";

    /// <summary>Least time between two counts of the backlog: 10 s.</summary>
    public static readonly TimeSpan MeasureInterval = TimeSpan.FromSeconds(10);

    private readonly ObservableGauge<long> _backlog;
    private readonly ConcurrentDictionary<Guid, long> _tenantDatabases = new();
    private long _hostDatabase = -1;

    /// <summary>Creates the gauge on the meter of <paramref name="meterFactory"/>.</summary>
    public OutboxMetrics(IMeterFactory meterFactory)
    {
        var meter = FitSaaSMeter.Create(meterFactory);
        _backlog = meter.CreateObservableGauge(BacklogName, Observe, "{message}", "Outbox messages waiting to be sent, per database.");
    }

    /// <summary>True while a listener observes the gauge (otherwise the dispatcher does not count).</summary>
    public bool IsEnabled => _backlog.Enabled;

    /// <summary>When the backlog was last counted (UTC); <see cref="DateTimeOffset.MinValue"/> before the first count.</summary>
    public DateTimeOffset MeasuredAt { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Records the messages waiting in the database of <paramref name="tenantId"/> (null = the host database).</summary>
    public void SetBacklog(Guid? tenantId, long count)
    {
        if (tenantId is { } id)
        {
            _tenantDatabases[id] = count;
        }
        else
        {
            Interlocked.Exchange(ref _hostDatabase, count);
        }
    }

    /// <summary>Marks the end of a count of every database at <paramref name="now"/>.</summary>
    public void Measured(DateTimeOffset now) => MeasuredAt = now;

    private IEnumerable<Measurement<long>> Observe()
    {
        var host = Interlocked.Read(ref _hostDatabase);
        if (host >= 0)
        {
            yield return new Measurement<long>(host);
        }

        foreach (var (tenantId, count) in _tenantDatabases)
        {
            yield return new Measurement<long>(count, new KeyValuePair<string, object?>(FitSaaSMeter.TenantIdTag, tenantId.ToString()));
        }
    }
}
