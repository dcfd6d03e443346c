using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Webhook intake (DOMAIN.md §3.5): verifies <c>Stripe-Signature</c> on the exact bytes received with the platform or the
/// Connect endpoint secret and the tolerance (Stripe.net's <see cref="EventUtility"/>), routes a connected account's event
/// to its gym, and applies each event exactly once — its id inserted under a unique key first, then its handlers, in one
/// transaction: a concurrent delivery of the same event loses the insert and changes nothing; a handler that fails rolls the
/// record back too, so Stripe's redelivery applies it later.
/// </summary>
public sealed partial class StripeWebhookProcessor(
    IOptions<StripeOptions> options,
    StripeWebhookVerifier verifier,
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    ILogger<StripeWebhookProcessor> logger) : FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <summary>Verifies and applies one delivery.</summary>
    /// <param name="body">The request body exactly as received (UTF-8).</param>
    /// <param name="signatureHeader">The <c>Stripe-Signature</c> header.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What became of it, and the event's id and type.</returns>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidWebhookSignature"/>: nothing applied.</exception>
    public async Task<(StripeWebhookOutcome Outcome, string EventId, string EventType)> ProcessAsync(
        string body, string? signatureHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var stripeEvent = verifier.Verify(body, signatureHeader);
        var settings = options.Value;
        if (stripeEvent.Livemode == settings.IsTestMode)
        {
            LogIgnored(logger, stripeEvent.Id, stripeEvent.Type, "mode");
            return (StripeWebhookOutcome.Ignored, stripeEvent.Id, stripeEvent.Type);
        }

        StripeConnection? connection = null;
        if (!string.IsNullOrEmpty(stripeEvent.Account))
        {
            connection = await scopeFactory.RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = false }, async (services, ct) =>
            {
                using var host = services.GetRequiredService<ICurrentTenant>().Change(null);
                return await services.GetRequiredService<IStripeConnectionRepository>().FindByAccountAsync(stripeEvent.Account, ct);
            }, cancellationToken);
            if (connection is null)
            {
                LogIgnored(logger, stripeEvent.Id, stripeEvent.Type, "account");
                return (StripeWebhookOutcome.Ignored, stripeEvent.Id, stripeEvent.Type);
            }
        }

        using var tenant = currentTenant.Change(connection?.TenantId);
        StripeWebhookOutcome outcome;
        try
        {
            outcome = await ApplyAsync(stripeEvent, connection, cancellationToken);
        }
        catch (DuplicateStripeEventException)
        {
            outcome = StripeWebhookOutcome.Duplicate;
        }

        LogProcessed(logger, stripeEvent.Id, stripeEvent.Type, outcome);
        return (outcome, stripeEvent.Id, stripeEvent.Type);
    }

    private Task<StripeWebhookOutcome> ApplyAsync(Event stripeEvent, StripeConnection? connection, CancellationToken cancellationToken) =>
        scopeFactory.RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = true }, async (services, ct) =>
        {
            if (connection is not null && !await services.GetRequiredService<IFeatureChecker>().IsEnabledAsync(BillingFeatures.OnlinePayments, ct))
            {
                return StripeWebhookOutcome.Ignored;
            }

            var records = services.GetRequiredService<IStripeWebhookEventRepository>();
            if (await records.ExistsAsync(stripeEvent.Id, ct))
            {
                return StripeWebhookOutcome.Duplicate;
            }

            var handlers = services.GetServices<IStripeEventHandler>().Where(h => h.CanHandle(stripeEvent.Type)).ToList();
            var record = new StripeWebhookEvent(
                services.GetRequiredService<FitSaaS.Framework.Guids.IGuidGenerator>().Create(), connection?.TenantId, stripeEvent.Id, stripeEvent.Type, stripeEvent.Account,
                DateTime.SpecifyKind(stripeEvent.Created, DateTimeKind.Utc), clock.GetUtcNow().UtcDateTime, handlers.Count > 0);
            if (!await records.TryInsertAsync(record, ct))
            {
                throw new DuplicateStripeEventException();
            }

            var context = new StripeEventContext(stripeEvent, connection);
            foreach (var handler in handlers)
            {
                await handler.HandleAsync(context, ct);
            }

            return handlers.Count > 0 ? StripeWebhookOutcome.Applied : StripeWebhookOutcome.Acknowledged;
        }, cancellationToken);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Stripe event {EventId} ({EventType}): {Outcome}")]
    private static partial void LogProcessed(ILogger logger, string eventId, string eventType, StripeWebhookOutcome outcome);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Stripe event {EventId} ({EventType}) ignored: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string eventId, string eventType, string reason);
}
