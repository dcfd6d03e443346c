using System.Collections.Concurrent;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Tracing;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Application.Tests.EventBus;

/// <summary>A test event; handled by <see cref="RecordingTestHandler"/>, which fails while <see cref="FailTimes"/> says so.</summary>
[EventName("Tests.SomethingHappened.v1")]
public sealed class SomethingHappenedEto
{
    public required string Marker { get; init; }

    /// <summary>How many handling attempts fail before one succeeds (int.MaxValue = always).</summary>
    public int FailTimes { get; init; }
}

/// <summary>What the test handler saw: per marker, the successful handlings and the attempts.</summary>
public sealed class TestHandlerLog
{
    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    public ConcurrentDictionary<Guid, int> Sends { get; } = new();

    public ConcurrentQueue<(string Marker, Guid? TenantId, string? CorrelationId)> Handled { get; } = new();

    public int HandledCount(string marker) => Handled.Count(h => h.Marker == marker);

    /// <summary>While true, <see cref="CountingTransport"/> fails every send as a broker outage would.</summary>
    public bool TransportDown
    {
        get => Volatile.Read(ref _transportDown);
        set => Volatile.Write(ref _transportDown, value);
    }

    private bool _transportDown;
}

public sealed class RecordingTestHandler(TestHandlerLog log, ICurrentTenant currentTenant, ICorrelationIdAccessor correlation)
    : IDistributedEventHandler<SomethingHappenedEto>
{
    public async Task HandleEventAsync(SomethingHappenedEto eventData, CancellationToken cancellationToken = default)
    {
        var attempt = log.Attempts.AddOrUpdate(eventData.Marker, 1, (_, n) => n + 1);
        if (attempt <= eventData.FailTimes)
        {
            throw new InvalidOperationException($"Test handler failure {attempt} for {eventData.Marker}");
        }

        // Slow enough that concurrent duplicates overlap.
        await Task.Delay(50, cancellationToken);
        log.Handled.Enqueue((eventData.Marker, currentTenant.Id, correlation.CorrelationId));
    }
}

/// <summary>Counts every send of the in-process transport (to see whether two dispatchers sent a message twice).</summary>
public sealed class CountingTransport(IDistributedEventReceiver receiver, TestHandlerLog log) : IDistributedEventTransport
{
    private readonly InProcessDistributedEventTransport _inner = new(receiver);

    public Task SendAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        if (log.TransportDown)
        {
            throw new DistributedEventTransportException($"test broker unreachable, message {envelope.MessageId}");
        }

        log.Sends.AddOrUpdate(envelope.MessageId, 1, (_, n) => n + 1);
        return _inner.SendAsync(envelope, cancellationToken);
    }
}

/// <summary>
/// An application instance on the fixture's database with the test event registered, fast retries and (unless asked) no
/// running dispatcher: tests call <see cref="DispatchAsync"/> to run passes.
/// </summary>
internal sealed class EventBusTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EventBusTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public TestHandlerLog Log => _host.Services.GetRequiredService<TestHandlerLog>();

    public OutboxDispatcher<FitSaaSDbContext> Dispatcher => _host.Services.GetRequiredService<OutboxDispatcher<FitSaaSDbContext>>();

    public static async Task<EventBusTestHost> StartAsync(TestDatabase database, bool runDispatcher = false, int maxAttempts = 3, string pollInterval = "00:00:01", string firstRetryDelay = "00:00:00.100", int batchSize = 100)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["EventBus:MaxDeliveryAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EventBus:FirstRetryDelay"] = firstRetryDelay,
            ["EventBus:Outbox:IsDispatcherEnabled"] = runDispatcher ? "true" : "false",
            ["EventBus:Outbox:PollInterval"] = pollInterval,
            ["EventBus:Outbox:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BackgroundJobs:IsJobExecutionEnabled"] = "false",
        };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddFitSaaSApplication<FitSaaSApplicationTestModule>(builder.Configuration);
        builder.Services.Configure<DistributedEventOptions>(o => o.EventTypes.Add<SomethingHappenedEto>());
        builder.Services.AddSingleton<TestHandlerLog>();
        builder.Services.AddTransient<IDistributedEventHandler<SomethingHappenedEto>, RecordingTestHandler>();
        builder.Services.AddSingleton<IDistributedEventTransport, CountingTransport>();
        var host = builder.Build();
        await host.StartAsync();
        return new EventBusTestHost(host);
    }

    /// <summary>Publishes <paramref name="eventData"/> in <paramref name="tenantId"/> in a committed (or, with <paramref name="commit"/> false, rolled-back) unit of work.</summary>
    public async Task PublishAsync<TEto>(Guid? tenantId, TEto eventData, bool commit = true, string? correlationId = null)
        where TEto : class
    {
        using var tenant = Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        using var correlation = Services.GetRequiredService<ICorrelationIdAccessor>().Change(correlationId);
        await using var scope = Services.CreateAsyncScope();
        var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<Framework.Uow.IUnitOfWorkManager>();
        await using var unitOfWork = await unitOfWorkManager.BeginAsync();
        await scope.ServiceProvider.GetRequiredService<IDistributedEventBus>().PublishAsync(eventData);
        if (commit)
        {
            await unitOfWork.CompleteAsync();
        }
    }

    /// <summary>Runs dispatcher passes until nothing is due or <paramref name="timeout"/> passed (waiting out back-off delays while rows remain).</summary>
    public async Task DispatchUntilEmptyAsync(Guid? tenantId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            await Dispatcher.DispatchPendingAsync();
            if ((await GetOutboxAsync(tenantId)).Count == 0 || DateTime.UtcNow > deadline)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    public Task<int> DispatchAsync() => Dispatcher.DispatchPendingAsync();

    /// <summary>The outbox rows in the database of <paramref name="tenantId"/> (read as that tenant).</summary>
    public async Task<List<OutboxMessage>> GetOutboxAsync(Guid? tenantId)
    {
        using var tenant = Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        return await context.Set<OutboxMessage>().AsNoTracking().Where(m => m.TenantId == tenantId).ToListAsync();
    }

    /// <summary>The inbox rows in the database of <paramref name="tenantId"/> (read as that tenant).</summary>
    public async Task<List<InboxMessage>> GetInboxAsync(Guid? tenantId)
    {
        using var tenant = Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        return await context.Set<InboxMessage>().AsNoTracking().Where(m => m.TenantId == tenantId).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
