using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Collects invoices online through Stripe PaymentIntents on the gym's connected account (DOMAIN.md §3). Three steps, each
/// its own transaction: the attempt is recorded with its idempotency key; Stripe is called with that key (a retry, a
/// recovered job or a second instance resumes the same attempt and Stripe answers the first result — one charge); Stripe's
/// answer is applied. Webhooks and refreshes apply the PaymentIntent's current state the same way (<see cref="ApplyAsync"/>),
/// under a lock per PaymentIntent, so the invoice's payment is recorded exactly once whoever applies it first.
/// Call <see cref="PayAsync(Guid, string?, bool, Guid?, CancellationToken)"/> outside a unit of work.
/// </summary>
public sealed class OnlinePaymentManager(
    StripeClientProvider stripe,
    IOnlinePaymentRepository onlinePayments,
    IInvoiceRepository invoices,
    PaymentManager paymentManager,
    PayToBookManager payToBook,
    IQuotaLock locks,
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    IGuidGenerator guids,
    TimeProvider clock) : IDomainService
{
    /// <summary>
    /// Pays what is due on the invoice: off-session with the member's default card (<paramref name="offSession"/>), or
    /// on-session with <paramref name="paymentMethodId"/> (or the default card; with neither, the PaymentIntent is left for
    /// the member's app to confirm with its client secret). An unfinished attempt of the invoice is resumed with its key.
    /// </summary>
    /// <returns>The attempt and the PaymentIntent's client secret (for the member's app; never stored).</returns>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.InvalidInvoiceStatus"/> (nothing due), <see cref="BillingErrorCodes.StripeNotConnected"/>,
    /// <see cref="BillingErrorCodes.NoSavedCard"/>, <see cref="BillingErrorCodes.StripeUnavailable"/> (the attempt stays
    /// started and is resumed by the next call).
    /// </exception>
    public async Task<(OnlinePayment Payment, string? ClientSecret)> PayAsync(
        Guid invoiceId, string? paymentMethodId, bool offSession, CancellationToken cancellationToken = default) =>
        await PayAsync(invoiceId, paymentMethodId, offSession, null, cancellationToken);

    /// <summary>
    /// <see cref="PayAsync(Guid, string?, bool, CancellationToken)"/> for a pay-to-book purchase: its success confirms the
    /// pending booking <paramref name="bookingId"/> (the held seat) in the same transaction.
    /// </summary>
    public async Task<(OnlinePayment Payment, string? ClientSecret)> PayAsync(
        Guid invoiceId, string? paymentMethodId, bool offSession, Guid? bookingId, CancellationToken cancellationToken = default) =>
        await PayAsync(invoiceId, paymentMethodId, offSession, bookingId, null, cancellationToken);

    /// <summary>
    /// <see cref="PayAsync(Guid, string?, bool, Guid?, CancellationToken)"/> of <paramref name="amount"/> (minor units, part of
    /// what is due; null: all of it) — staff charging a saved card through the generic payments API. An unfinished attempt
    /// of the same amount is resumed with its key.
    /// </summary>
    /// <exception cref="BusinessException">
    /// Also <see cref="BillingErrorCodes.InvalidAmount"/>, <see cref="BillingErrorCodes.OverPayment"/>.
    /// </exception>
    public async Task<(OnlinePayment Payment, string? ClientSecret)> PayAsync(
        Guid invoiceId, string? paymentMethodId, bool offSession, Guid? bookingId, long? amount, CancellationToken cancellationToken = default)
    {
        var customer = await InScopeAsync(new UnitOfWorkOptions { IsTransactional = false },
            async (services, ct) => await services.GetRequiredService<StripeCustomerManager>().GetOrCreateAsync(
                (await services.GetRequiredService<IInvoiceRepository>().GetAsync(invoiceId, ct)).MemberId, ct), cancellationToken);
        var card = paymentMethodId ?? customer.DefaultPaymentMethodId;
        if (card is null && offSession)
        {
            throw new BusinessException(BillingErrorCodes.NoSavedCard, "The member has no saved card to charge.");
        }

        var attempt = await InScopeAsync(new UnitOfWorkOptions { IsTransactional = true },
            (services, ct) => services.GetRequiredService<OnlinePaymentManager>().StartAsync(invoiceId, customer.AccountId, offSession, bookingId, amount, ct), cancellationToken);

        PaymentIntent intent;
        try
        {
            intent = await StripeCall.RunAsync(() => CreateIntentAsync(attempt, customer, card, cancellationToken), cancellationToken);
        }
        catch (StripeException ex) when (StripeCall.IsCardError(ex))
        {
            var failed = await InScopeAsync(new UnitOfWorkOptions { IsTransactional = true }, (services, ct) =>
                services.GetRequiredService<OnlinePaymentManager>().ApplyFailureAsync(attempt.Id, ex.StripeError, ct), cancellationToken);
            return (failed, null);
        }

        var applied = await InScopeAsync(new UnitOfWorkOptions { IsTransactional = true },
            (services, ct) => services.GetRequiredService<OnlinePaymentManager>().ApplyAsync(intent, ct), cancellationToken);
        return (applied ?? attempt, intent.Status is "requires_action" or "requires_payment_method" or "requires_confirmation" ? intent.ClientSecret : null);
    }

    /// <summary>Reads the attempt's PaymentIntent from Stripe and applies it (what a client does after 3-D Secure, not waiting for the webhook).</summary>
    public async Task<OnlinePayment> RefreshAsync(Guid onlinePaymentId, CancellationToken cancellationToken = default)
    {
        var attempt = await InScopeAsync(new UnitOfWorkOptions { IsTransactional = false },
            (services, ct) => services.GetRequiredService<IOnlinePaymentRepository>().GetAsync(onlinePaymentId, ct), cancellationToken);
        if (attempt.PaymentIntentId is not { } intentId)
        {
            return attempt;
        }

        var intent = await StripeCall.RunAsync(
            () => new PaymentIntentService(stripe.Client).GetAsync(intentId, requestOptions: StripeCustomerManager.OnAccount(attempt.AccountId), cancellationToken: cancellationToken),
            cancellationToken);
        return await InScopeAsync(new UnitOfWorkOptions { IsTransactional = true },
            (services, ct) => services.GetRequiredService<OnlinePaymentManager>().ApplyAsync(intent, ct), cancellationToken) ?? attempt;
    }

    /// <summary>
    /// Applies a PaymentIntent's state to its attempt in the current transaction (under the PaymentIntent's lock): the
    /// status; once succeeded, the invoice's payment — or, when the invoice no longer takes it (paid meanwhile, voided), a
    /// refund of the charge. Null when the PaymentIntent is not one of this gym's attempts.
    /// </summary>
    public async Task<OnlinePayment?> ApplyAsync(PaymentIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        await locks.AcquireAsync($"stripe-pi:{intent.Id}", cancellationToken);
        var attempt = await onlinePayments.FindByPaymentIntentAsync(intent.Id, cancellationToken);
        if (attempt is null && intent.Metadata?.TryGetValue("online_payment_id", out var id) == true && Guid.TryParse(id, out var attemptId))
        {
            attempt = await onlinePayments.FindAsync(attemptId, cancellationToken);
        }

        if (attempt is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        attempt.Track(intent.Id, StatusOf(intent), intent.LastPaymentError?.Code, intent.LastPaymentError?.DeclineCode, now);
        if (attempt.Status == OnlinePaymentStatus.Succeeded && attempt.PaymentId is null)
        {
            var invoice = await invoices.GetAsync(attempt.InvoiceId, cancellationToken);
            if (invoice.Status == InvoiceStatus.Open && invoice.AmountDue >= attempt.Amount)
            {
                var payment = await paymentManager.RecordCollectedAsync(invoice, StripePaymentProvider.ProviderName, PaymentMethod.Card, attempt.Amount, intent.Id, now, cancellationToken);
                attempt.LinkPayment(payment.Id);
            }
            else
            {
                // Paid twice (the desk took cash meanwhile) or voided: the money goes back, once (the key is the attempt's).
                await StripeCall.RunAsync(() => new RefundService(stripe.Client).CreateAsync(
                    new RefundCreateOptions { PaymentIntent = intent.Id, Reason = "duplicate" },
                    StripeCustomerManager.OnAccount(attempt.AccountId, $"refund:unapplied:{attempt.Id:N}"), cancellationToken), cancellationToken);
            }
        }

        var recorded = attempt.Status == OnlinePaymentStatus.Succeeded && attempt.PaymentId is not null;
        await onlinePayments.UpdateAsync(attempt, autoSave: true, cancellationToken);
        if (recorded && attempt.BookingId is { } bookingId)
        {
            // After the save: the payment's local events activated the purchase, so the hold's guard finds the entitlement.
            await payToBook.ConfirmAsync(attempt, bookingId, now, cancellationToken);
        }

        return attempt;
    }

    /// <summary>The attempt's status for a PaymentIntent's (https://docs.stripe.com/payments/paymentintents/lifecycle).</summary>
    public static OnlinePaymentStatus StatusOf(PaymentIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return intent.Status switch
        {
            "succeeded" => OnlinePaymentStatus.Succeeded,
            "requires_action" => OnlinePaymentStatus.RequiresAction,
            "processing" => OnlinePaymentStatus.Processing,
            "canceled" => OnlinePaymentStatus.Canceled,
            "requires_payment_method" when intent.LastPaymentError is not null => OnlinePaymentStatus.Failed,
            _ => OnlinePaymentStatus.Started,
        };
    }

    private async Task<OnlinePayment> StartAsync(Guid invoiceId, string accountId, bool offSession, Guid? bookingId, long? amount, CancellationToken cancellationToken)
    {
        await locks.AcquireAsync($"invoice-collect:{invoiceId:N}", cancellationToken);
        var invoice = await invoices.GetAsync(invoiceId, cancellationToken);
        var charge = amount ?? invoice.AmountDue;
        var previous = await onlinePayments.GetListOfInvoiceAsync(invoiceId, cancellationToken);
        if (previous.LastOrDefault(p => p.Status is OnlinePaymentStatus.Started or OnlinePaymentStatus.RequiresAction or OnlinePaymentStatus.Processing) is { } unfinished &&
            unfinished.Amount == charge && unfinished.AccountId == accountId)
        {
            return unfinished;
        }

        if (invoice.Status != InvoiceStatus.Open || invoice.AmountDue <= 0)
        {
            throw new BusinessException(BillingErrorCodes.InvalidInvoiceStatus, "Nothing is due on the invoice.")
                .WithData("status", invoice.Status.ToString()).WithData("operation", "pay");
        }

        BillingMath.EnsureAmount(charge, "amount", allowZero: false);
        if (charge > invoice.AmountDue)
        {
            throw new BusinessException(BillingErrorCodes.OverPayment, "The payment is larger than what is due on the invoice.").WithData("amountDue", invoice.AmountDue);
        }

        var attempt = new OnlinePayment(guids.Create(), currentTenant.Id, invoice.Id, invoice.MemberId, accountId, charge, invoice.Currency,
            previous.Count + 1, offSession, clock.GetUtcNow().UtcDateTime);
        // A retry with another card after a declined one still confirms the pay-to-book hold.
        if ((bookingId ?? previous.LastOrDefault(p => p.BookingId is not null)?.BookingId) is { } booking)
        {
            attempt.ForBooking(booking);
        }

        await onlinePayments.InsertAsync(attempt, autoSave: true, cancellationToken);
        return attempt;
    }

    private async Task<OnlinePayment> ApplyFailureAsync(Guid attemptId, StripeError? error, CancellationToken cancellationToken)
    {
        if (error?.PaymentIntent is { } intent)
        {
            return (await ApplyAsync(intent, cancellationToken))!;
        }

        var attempt = await onlinePayments.GetAsync(attemptId, cancellationToken);
        attempt.Fail(error?.Code, error?.DeclineCode, clock.GetUtcNow().UtcDateTime);
        await onlinePayments.UpdateAsync(attempt, autoSave: true, cancellationToken);
        return attempt;
    }

    private Task<PaymentIntent> CreateIntentAsync(OnlinePayment attempt, StripeCustomer customer, string? card, CancellationToken cancellationToken)
    {
        var options = new PaymentIntentCreateOptions
        {
            Amount = attempt.Amount,
            Currency = attempt.Currency.ToLowerInvariant(),
            Customer = customer.CustomerId,
            PaymentMethod = card,
            Confirm = card is not null,
            OffSession = attempt.OffSession ? true : null,
            AllowedPaymentMethodTypes = ["card"],
            Metadata = new Dictionary<string, string>
            {
                ["invoice_id"] = attempt.InvoiceId.ToString(),
                ["online_payment_id"] = attempt.Id.ToString(),
                ["member_id"] = attempt.MemberId.ToString(),
                ["booking_id"] = attempt.BookingId?.ToString() ?? string.Empty,
            },
        };
        return new PaymentIntentService(stripe.Client).CreateAsync(options, StripeCustomerManager.OnAccount(attempt.AccountId, attempt.IdempotencyKey), cancellationToken);
    }

    private Task<T> InScopeAsync<T>(UnitOfWorkOptions options, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        scopeFactory.RunInUnitOfWorkAsync(options, work, cancellationToken);
}
