using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Off-session collection of the current gym's invoices from members' saved cards, with dunning (DOMAIN.md §2.14, §3.4):
/// enrols open membership invoices of members with a default card, publishes a reminder a day before each retry, and for
/// every collection due claims its attempt (own transaction), charges through <see cref="OnlinePaymentManager"/> (the
/// attempt's idempotency key stored before the call) and applies the outcome (own transaction): paid → closed; soft decline
/// → next retry on <see cref="BillingSettingNames.DunningRetryDays"/>; hard decline → stop, card update required; last retry
/// failed → <see cref="BillingSettingNames.DunningFinalAction"/>. Run by <see cref="CardCollectionJob"/>; call outside a unit of work.
/// </summary>
public sealed partial class CardCollectionManager(IServiceScopeFactory scopeFactory, ILogger<CardCollectionManager> logger)
    : FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <summary>A claim older than this is of a run that died: the next run resumes its attempt.</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(15);

    /// <summary>Invoices enrolled per run at most.</summary>
    public const int MaxEnrolments = 1000;

    /// <summary>Runs the gym's collections due at <paramref name="now"/>. Returns how many charges were made.</summary>
    public async Task<int> RunAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var accountId = await InScopeAsync(false, (services, ct) => services.GetRequiredService<StripeConnectionManager>().FindOffSessionAccountIdAsync(ct), cancellationToken);
        if (accountId is null)
        {
            return 0;
        }

        await InScopeAsync(true, (services, ct) => EnrolAsync(services, accountId, now, ct), cancellationToken);
        var ids = await InScopeAsync(false, (services, ct) => services.GetRequiredService<ICardCollectionRepository>().GetScheduledIdsAsync(now.AddDays(1), ct), cancellationToken);
        var charges = 0;
        foreach (var id in ids)
        {
            charges += await CollectAsync(id, now, cancellationToken) ? 1 : 0;
        }

        return charges;
    }

    private static async Task<int> EnrolAsync(IServiceProvider services, string accountId, DateTime now, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IQuotaLock>().AcquireAsync("card-collection-enrol", cancellationToken);
        var collections = services.GetRequiredService<ICardCollectionRepository>();
        var guids = services.GetRequiredService<IGuidGenerator>();
        var tenantId = services.GetRequiredService<ICurrentTenant>().Id;
        var due = await collections.GetInvoicesToEnrolAsync(accountId, MaxEnrolments, cancellationToken);
        foreach (var (invoiceId, memberId) in due)
        {
            await collections.InsertAsync(new CardCollection(guids.Create(), tenantId, invoiceId, memberId, now), cancellationToken: cancellationToken);
        }

        return due.Count;
    }

    private async Task<bool> CollectAsync(Guid collectionId, DateTime now, CancellationToken cancellationToken)
    {
        var claim = await InScopeAsync(true, (services, ct) => ClaimAsync(services, collectionId, now, ct), cancellationToken);
        if (claim is not { } invoiceId)
        {
            return false;
        }

        OnlinePayment attempt;
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            (attempt, _) = await scope.ServiceProvider.GetRequiredService<OnlinePaymentManager>().PayAsync(invoiceId, null, offSession: true, cancellationToken);
        }
        catch (BusinessException ex) when (ex.Code is BillingErrorCodes.StripeUnavailable)
        {
            // Stripe may have charged: the attempt stays started and the next run resumes it with the same key.
            LogUnavailable(logger, invoiceId);
            await InScopeAsync(true, (services, ct) => UpdateAsync(services, collectionId, c => c.Release(), ct), cancellationToken);
            return false;
        }
        catch (BusinessException ex) when (ex.Code is BillingErrorCodes.InvalidInvoiceStatus)
        {
            await InScopeAsync(true, (services, ct) => UpdateAsync(services, collectionId, c => c.Close(), ct), cancellationToken);
            return false;
        }
        catch (BusinessException ex) when (ex.Code is BillingErrorCodes.NoSavedCard or BillingErrorCodes.StripeNotConnected)
        {
            await InScopeAsync(true, (services, ct) => ApplyOutcomeAsync(services, collectionId, null, ex.Code, now, ct), cancellationToken);
            return false;
        }

        await InScopeAsync(true, (services, ct) => ApplyOutcomeAsync(services, collectionId, attempt, null, now, ct), cancellationToken);
        return true;
    }

    private static async Task<Guid?> ClaimAsync(IServiceProvider services, Guid collectionId, DateTime now, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IQuotaLock>().AcquireAsync($"card-collection:{collectionId:N}", cancellationToken);
        var collections = services.GetRequiredService<ICardCollectionRepository>();
        var collection = await collections.GetAsync(collectionId, cancellationToken);
        if (collection.Status != CardCollectionStatus.Scheduled)
        {
            return null;
        }

        if (collection.Attempts > 0 && collection.NextAttemptAtUtc > now && collection.RemindedAttempt <= collection.Attempts)
        {
            var invoice = await services.GetRequiredService<IInvoiceRepository>().GetAsync(collection.InvoiceId, cancellationToken);
            await services.GetRequiredService<IDistributedEventBus>().PublishAsync(new CardChargeUpcomingEto
            {
                InvoiceId = invoice.Id, MemberUserId = invoice.MemberId, Attempt = collection.Attempts + 1, Amount = invoice.AmountDue,
                Currency = invoice.Currency, ChargeAtUtc = collection.NextAttemptAtUtc!.Value,
            }, cancellationToken);
            collection.MarkReminded();
            await collections.UpdateAsync(collection, autoSave: true, cancellationToken);
            return null;
        }

        if (!collection.IsClaimable(now, now - StaleClaim))
        {
            return null;
        }

        collection.Claim(now);
        await collections.UpdateAsync(collection, autoSave: true, cancellationToken);
        return collection.InvoiceId;
    }

    private static async Task<int> ApplyOutcomeAsync(
        IServiceProvider services, Guid collectionId, OnlinePayment? attempt, string? errorCode, DateTime now, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IQuotaLock>().AcquireAsync($"card-collection:{collectionId:N}", cancellationToken);
        var collections = services.GetRequiredService<ICardCollectionRepository>();
        var collection = await collections.GetAsync(collectionId, cancellationToken);
        switch (attempt?.Status)
        {
            case OnlinePaymentStatus.Succeeded:
                collection.Close();
                break;
            case OnlinePaymentStatus.Failed or null:
                var settings = services.GetRequiredService<ISettingProvider>();
                var retryDays = ParseDays(await settings.GetOrNullAsync(BillingSettingNames.DunningRetryDays));
                var kind = attempt?.DeclineKind ?? DeclineKind.Hard;
                var declineCode = attempt?.DeclineCode ?? attempt?.FailureCode ?? errorCode;
                var next = collection.Decline(declineCode, kind, retryDays, now);
                var invoice = await services.GetRequiredService<IInvoiceRepository>().GetAsync(collection.InvoiceId, cancellationToken);
                await services.GetRequiredService<IDistributedEventBus>().PublishAsync(new CardPaymentFailedEto
                {
                    InvoiceId = invoice.Id, MemberUserId = invoice.MemberId, Attempt = collection.Attempts, Amount = invoice.AmountDue, Currency = invoice.Currency,
                    DeclineCode = declineCode, CardUpdateRequired = collection.Status == CardCollectionStatus.CardUpdateRequired, NextAttemptAtUtc = next,
                }, cancellationToken);
                if (collection.Status == CardCollectionStatus.Exhausted && invoice.MembershipId is { } membershipId)
                {
                    await ApplyFinalActionAsync(services, membershipId, settings, now, cancellationToken);
                }

                break;
            default:
                return 0; // requires action or processing: Stripe's webhook decides; the claim goes stale and is resumed.
        }

        await collections.UpdateAsync(collection, autoSave: true, cancellationToken);
        return 1;
    }

    private static async Task ApplyFinalActionAsync(IServiceProvider services, Guid membershipId, ISettingProvider settings, DateTime now, CancellationToken cancellationToken)
    {
        var memberships = services.GetRequiredService<IMembershipRepository>();
        var membership = await memberships.GetAsync(membershipId, cancellationToken);
        if (!membership.IsLive)
        {
            return;
        }

        if (string.Equals(await settings.GetOrNullAsync(BillingSettingNames.DunningFinalAction), "Cancel", StringComparison.OrdinalIgnoreCase))
        {
            // Not CancelAsync: a notice served before (or a minimum term) would postpone it, or refuse it and fail the run.
            await services.GetRequiredService<MembershipManager>().CancelForNonPaymentAsync(membership, "Card payments failed", now, cancellationToken);
            return;
        }

        membership.MarkPastDue(membership.PastDueSinceUtc ?? now, now);
        membership.MarkDebt(now);
        await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
    }

    private static async Task<int> UpdateAsync(IServiceProvider services, Guid collectionId, Action<CardCollection> change, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IQuotaLock>().AcquireAsync($"card-collection:{collectionId:N}", cancellationToken);
        var collections = services.GetRequiredService<ICardCollectionRepository>();
        var collection = await collections.GetAsync(collectionId, cancellationToken);
        change(collection);
        await collections.UpdateAsync(collection, autoSave: true, cancellationToken);
        return 1;
    }

    /// <summary>The retry days of a <see cref="BillingSettingNames.DunningRetryDays"/> value (invalid or empty: 1, 3, 5, 7).</summary>
    public static IReadOnlyList<int> ParseDays(string? value)
    {
        var days = (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToList();
        return days.Count == 0 || days.Any(d => d <= 0 || d > 365) || !days.SequenceEqual(days.Order()) ? [1, 3, 5, 7] : days;
    }

    private Task<T> InScopeAsync<T>(bool transactional, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        scopeFactory.RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = transactional }, work, cancellationToken);

    [LoggerMessage(EventId = 7111, Level = LogLevel.Warning, Message = "Card collection of invoice {InvoiceId}: Stripe unavailable; the attempt resumes on the next run")]
    private static partial void LogUnavailable(ILogger logger, Guid invoiceId);
}
