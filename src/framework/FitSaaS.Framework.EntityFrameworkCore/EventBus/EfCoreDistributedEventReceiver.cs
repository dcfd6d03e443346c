using System.Data.Common;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Tracing;
using FitSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.EntityFrameworkCore.EventBus;

/// <summary>
/// <see cref="IDistributedEventReceiver"/> with an inbox on EF Core. For each message: a new DI scope, the message's tenant
/// and correlation id, one transactional unit of work in which the <see cref="InboxMessage"/> row is inserted first (in the
/// tenant's database, the same database as the handlers' changes) and then every <see cref="IDistributedEventHandler{TEto}"/>
/// of the event runs. A message id already in the inbox is skipped; on PostgreSQL a concurrent duplicate waits on the
/// inbox key and then fails on it, which is also treated as handled. An unknown event name is logged and skipped (a
/// retry cannot help). A handler's exception rolls everything back (inbox row included) and is rethrown for the transport.
/// </summary>
public sealed partial class EfCoreDistributedEventReceiver<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IOptions<DistributedEventOptions> eventOptions,
    DistributedEventHandlerInvokers invokers,
    TimeProvider timeProvider,
    ILogger<EfCoreDistributedEventReceiver<TDbContext>> logger) : IDistributedEventReceiver
    where TDbContext : FitSaaSDbContextBase
{
    /// <inheritdoc/>
    public async Task ReceiveAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var eventTypes = eventOptions.Value.EventTypes;
        if (!eventTypes.TryGetType(envelope.EventName, out var eventType))
        {
            LogUnknownEvent(logger, envelope.EventName, envelope.MessageId);
            return;
        }

        var eventData = envelope.ReadPayload(eventTypes);
        var (handlerType, invoke) = invokers.Get(eventType);
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var tenant = services.GetRequiredService<ICurrentTenant>().Change(envelope.TenantId);
        using var correlation = services.GetRequiredService<ICorrelationIdAccessor>().Change(envelope.CorrelationId);
        try
        {
            await using var unitOfWork = await services.GetRequiredService<IUnitOfWorkManager>()
                .BeginAsync(new UnitOfWorkOptions { IsTransactional = true }, cancellationToken);
            var context = await services.GetRequiredService<IDbContextProvider<TDbContext>>().GetDbContextForTenantAsync(envelope.TenantId, cancellationToken);
            var inbox = context.Set<InboxMessage>();
            if (await inbox.IgnoreQueryFilters().AnyAsync(m => m.Id == envelope.MessageId, cancellationToken))
            {
                LogDuplicate(logger, envelope.MessageId, envelope.EventName);
                return;
            }

            inbox.Add(new InboxMessage(envelope.MessageId, envelope.TenantId, envelope.EventName, timeProvider.GetUtcNow().UtcDateTime));

            // Take the inbox key now: a concurrent delivery of the same message waits here until this one ends.
            await unitOfWork.SaveChangesAsync(cancellationToken);
            foreach (var handler in services.GetServices(handlerType))
            {
                await invoke(handler!, eventData, cancellationToken);
            }

            await unitOfWork.CompleteAsync(cancellationToken);
        }
        catch (Exception ex) when (IsInboxKeyViolation(ex))
        {
            LogDuplicate(logger, envelope.MessageId, envelope.EventName);
        }
    }

    /// <summary>True when <paramref name="exception"/> is a duplicate key on the inbox table (the message was handled concurrently).</summary>
    internal static bool IsInboxKeyViolation(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException db &&
                (db.SqlState == "23505" || db.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal)) &&
                db.Message.Contains(EventBusModelBuilderExtensions.InboxTable, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Distributed event {EventName} (message {MessageId}) has no registered type; skipped")]
    private static partial void LogUnknownEvent(ILogger logger, string eventName, Guid messageId);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Debug, Message = "Message {MessageId} ({EventName}) was already handled; skipped")]
    private static partial void LogDuplicate(ILogger logger, Guid messageId, string eventName);
}
