using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// The members' Stripe Customers on the gym's connected account and their saved cards (DOMAIN.md §3.2): a customer is
/// created on first need with an idempotency key of the member and account (two racing requests get the same customer);
/// cards are saved with a SetupIntent (<c>usage=off_session</c>) the member's app confirms (Stripe.js, or the server with a
/// payment method id), listed and detached at Stripe; the default card is FitSaaS's (charged off-session by renewals).
/// Each attempt to save a card is recorded (<see cref="CardSetup"/>, <see cref="RecordSetupAsync"/>) from the API's answers
/// and the <c>setup_intent.*</c> events alike, so a refused card and the reason are visible to the member.
/// The customers follow the member's user: its name and e-mail are copied to them when they change
/// (<see cref="UpdateFromMemberAsync"/>), and they are deleted with it and on the member's erasure (<see cref="DeleteOfMemberAsync"/>).
/// </summary>
public sealed class StripeCustomerManager(
    StripeClientProvider stripe,
    StripeConnectionManager connections,
    IStripeCustomerRepository customers,
    ICardCollectionRepository collections,
    ICardSetupRepository setups,
    IQuotaLock locks,
    UserManager<AppUser> users,
    ICurrentTenant currentTenant,
    IGuidGenerator guids,
    TimeProvider clock) : IDomainService
{
    /// <summary>The member's customer on the gym's chargeable account, created at Stripe and recorded when missing.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeNotConnected"/>, <see cref="BillingErrorCodes.MemberNotFound"/>, <see cref="BillingErrorCodes.StripeUnavailable"/>.</exception>
    public async Task<StripeCustomer> GetOrCreateAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var accountId = await connections.GetChargeableAccountIdAsync(cancellationToken);
        if (await customers.FindByMemberAsync(memberId, accountId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var user = await users.FindByIdAsync(memberId.ToString())
            ?? throw new BusinessException(BillingErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", memberId);
        var options = new CustomerCreateOptions
        {
            Email = user.Email,
            Name = user.UserName,
            Metadata = new Dictionary<string, string> { ["member_id"] = memberId.ToString(), ["tenant_id"] = currentTenant.Id?.ToString() ?? string.Empty },
        };
        var created = await StripeCall.RunAsync(
            () => new CustomerService(stripe.Client).CreateAsync(options, OnAccount(accountId, $"customer:{currentTenant.Id:N}:{memberId:N}:{accountId}"), cancellationToken),
            cancellationToken);
        var customer = new StripeCustomer(guids.Create(), currentTenant.Id, memberId, accountId, created.Id, clock.GetUtcNow().UtcDateTime);
        return await customers.TryInsertAsync(customer, cancellationToken)
            ? customer
            : (await customers.FindByMemberAsync(memberId, accountId, cancellationToken))!;
    }

    /// <summary>
    /// Starts saving a card: a SetupIntent for off-session use, recorded as a <see cref="CardSetup"/> (unless its first
    /// webhook recorded it already); its client secret goes to the member's app. Call inside a transactional unit of work.
    /// </summary>
    public async Task<SetupIntent> CreateSetupIntentAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var customer = await GetOrCreateAsync(memberId, cancellationToken);
        var options = new SetupIntentCreateOptions
        {
            AllowedPaymentMethodTypes = ["card"],
            Customer = customer.CustomerId,
            Usage = "off_session",
            Metadata = new Dictionary<string, string> { ["member_id"] = memberId.ToString() },
        };
        var intent = await StripeCall.RunAsync(
            () => new SetupIntentService(stripe.Client).CreateAsync(options, OnAccount(customer.AccountId, $"setup:{guids.Create():N}"), cancellationToken), cancellationToken);
        await RecordSetupAsync(customer, intent, cancellationToken);
        return intent;
    }

    /// <summary>
    /// Confirms the member's SetupIntent with a payment method (a <c>pm_…</c> the app created with Stripe.js, or a test one):
    /// <c>succeeded</c> saves the card (the first becomes the default); <c>requires_action</c> needs 3-D Secure in the app;
    /// a declined card leaves it <c>requires_payment_method</c> with the error. Each outcome is recorded on the member's
    /// <see cref="CardSetup"/>. Call inside a transactional unit of work.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.PaymentMethodNotFound"/>: not the member's SetupIntent.</exception>
    public async Task<SetupIntent> ConfirmSetupIntentAsync(Guid memberId, string setupIntentId, string paymentMethodId, CancellationToken cancellationToken = default)
    {
        // A member without a customer on the gym's account has no SetupIntent to confirm: not found, whatever the id.
        var customer = await FindCurrentAsync(memberId, cancellationToken) ?? throw CardNotFound(setupIntentId);
        var service = new SetupIntentService(stripe.Client);
        var onAccount = OnAccount(customer.AccountId);
        var intent = await ReadOwnAsync(() => service.GetAsync(setupIntentId, requestOptions: onAccount, cancellationToken: cancellationToken), cancellationToken);
        if (intent.CustomerId != customer.CustomerId)
        {
            throw CardNotFound(setupIntentId);
        }

        try
        {
            intent = await StripeCall.RunAsync(
                () => service.ConfirmAsync(setupIntentId, new SetupIntentConfirmOptions { PaymentMethod = paymentMethodId }, OnAccount(customer.AccountId, $"setup-confirm:{setupIntentId}:{paymentMethodId}"), cancellationToken),
                cancellationToken);
        }
        catch (StripeException ex) when (StripeCall.IsCardError(ex) && ex.StripeError?.SetupIntent is { } failed)
        {
            await RecordSetupAsync(customer, failed, cancellationToken);
            return failed;
        }

        await RecordSetupAsync(customer, intent, cancellationToken);
        await TakeSucceededAsync(customer, intent, cancellationToken);
        return intent;
    }

    /// <summary>
    /// Records a SetupIntent's state (as Stripe answered or as read after an event) on the member's <see cref="CardSetup"/>,
    /// creating it when this is the first word of it (a webhook may come before the API call that created the SetupIntent
    /// recorded it). Under the SetupIntent's lock, in the current transaction; a final state is never overwritten by a
    /// stale one. Null when the SetupIntent is not of <paramref name="customer"/>.
    /// </summary>
    public async Task<CardSetup?> RecordSetupAsync(StripeCustomer customer, SetupIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(intent);
        if (intent.CustomerId is { } owner && owner != customer.CustomerId)
        {
            return null;
        }

        await locks.AcquireAsync($"stripe-seti:{intent.Id}", cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var setup = await setups.FindBySetupIntentAsync(intent.Id, cancellationToken);
        if (setup is null)
        {
            setup = new CardSetup(guids.Create(), currentTenant.Id, customer.MemberId, customer.AccountId, intent.Id, now);
            if (!await setups.TryInsertAsync(setup, cancellationToken))
            {
                setup = (await setups.FindBySetupIntentAsync(intent.Id, cancellationToken))!;
            }
        }

        var error = intent.LastSetupError;
        if (setup.Track(SetupStatusOf(intent), intent.PaymentMethodId, error?.DeclineCode ?? error?.Code, error?.Message, now))
        {
            await setups.UpdateAsync(setup, autoSave: true, cancellationToken);
        }

        return setup;
    }

    /// <summary>
    /// The member's card setup <paramref name="setupIntentId"/> and, while it is not final (<see cref="CardSetupStatus.Pending"/>,
    /// <see cref="CardSetupStatus.RequiresAction"/>, or <see cref="CardSetupStatus.Failed"/>: the app may confirm it again with
    /// another card), the SetupIntent's client secret read from Stripe (never stored).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.PaymentMethodNotFound"/>: not a setup of the member; <see cref="BillingErrorCodes.StripeUnavailable"/>.</exception>
    public async Task<(CardSetup Setup, string? ClientSecret)> GetSetupAsync(Guid memberId, string setupIntentId, CancellationToken cancellationToken = default)
    {
        var setup = await setups.FindBySetupIntentAsync(setupIntentId, cancellationToken);
        if (setup is null || setup.MemberId != memberId)
        {
            throw CardNotFound(setupIntentId);
        }

        if (setup.Status is CardSetupStatus.Succeeded or CardSetupStatus.Canceled)
        {
            return (setup, null);
        }

        var intent = await ReadOwnAsync(
            () => new SetupIntentService(stripe.Client).GetAsync(setupIntentId, requestOptions: OnAccount(setup.AccountId), cancellationToken: cancellationToken), cancellationToken);
        return (setup, intent.Status is "succeeded" or "canceled" ? null : intent.ClientSecret);
    }

    /// <summary>The member's most recent card setups (at most 50), newest first.</summary>
    public Task<List<CardSetup>> GetSetupListAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        setups.GetListOfMemberAsync(memberId, 50, cancellationToken);

    /// <summary>The card setup's status for a SetupIntent's (https://docs.stripe.com/payments/setupintents/lifecycle).</summary>
    public static CardSetupStatus SetupStatusOf(SetupIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return intent.Status switch
        {
            "succeeded" => CardSetupStatus.Succeeded,
            "requires_action" => CardSetupStatus.RequiresAction,
            "canceled" => CardSetupStatus.Canceled,
            "requires_payment_method" when intent.LastSetupError is not null => CardSetupStatus.Failed,
            _ => CardSetupStatus.Pending,
        };
    }

    /// <summary>
    /// Takes the card of a succeeded SetupIntent (the API's answer and <c>setup_intent.succeeded</c> both call it): the
    /// member's default when there is none, or when a hard decline stopped the collection of an invoice and asked for a new
    /// card — then that collection resumes at the next job run (<see cref="CardCollection.ResumeWithNewCard"/>).
    /// </summary>
    public async Task TakeSucceededAsync(StripeCustomer customer, SetupIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(intent);
        if (intent.Status != "succeeded" || intent.PaymentMethodId is not { } card)
        {
            return;
        }

        var awaiting = await AwaitingCardUpdateAsync(customer, cancellationToken);
        if (customer.DefaultPaymentMethodId is null || (awaiting.Count > 0 && customer.DefaultPaymentMethodId != card))
        {
            customer.SetDefaultPaymentMethod(card);
            await customers.UpdateAsync(customer, autoSave: true, cancellationToken);
        }

        await ResumeAsync(awaiting, cancellationToken);
    }

    /// <summary>The member's saved cards at Stripe (none without a customer).</summary>
    public async Task<(StripeCustomer? Customer, IReadOnlyList<global::Stripe.PaymentMethod> Cards)> ListCardsAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var accountId = await connections.GetChargeableAccountIdAsync(cancellationToken);
        if (await customers.FindByMemberAsync(memberId, accountId, cancellationToken) is not { } customer)
        {
            return (null, []);
        }

        var list = await StripeCall.RunAsync(
            () => new PaymentMethodService(stripe.Client).ListAsync(new PaymentMethodListOptions { Customer = customer.CustomerId, Type = "card", Limit = 100 }, OnAccount(accountId), cancellationToken),
            cancellationToken);
        return (customer, list.Data);
    }

    /// <summary>Removes a saved card (detached at Stripe; no longer the default).</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.PaymentMethodNotFound"/>.</exception>
    public async Task RemoveCardAsync(Guid memberId, string paymentMethodId, CancellationToken cancellationToken = default)
    {
        var (customer, card) = await GetOwnCardAsync(memberId, paymentMethodId, cancellationToken);
        await StripeCall.RunAsync(() => new PaymentMethodService(stripe.Client).DetachAsync(card.Id, null, OnAccount(customer.AccountId), cancellationToken), cancellationToken);
        if (customer.DefaultPaymentMethodId == card.Id)
        {
            customer.SetDefaultPaymentMethod(null);
            await customers.UpdateAsync(customer, autoSave: true, cancellationToken);
        }
    }

    /// <summary>Makes a saved card the one charged off-session.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.PaymentMethodNotFound"/>.</exception>
    public async Task SetDefaultCardAsync(Guid memberId, string paymentMethodId, CancellationToken cancellationToken = default)
    {
        var (customer, card) = await GetOwnCardAsync(memberId, paymentMethodId, cancellationToken);
        var changed = customer.DefaultPaymentMethodId != card.Id;
        customer.SetDefaultPaymentMethod(card.Id);
        await customers.UpdateAsync(customer, autoSave: true, cancellationToken);
        if (changed)
        {
            await ResumeAsync(await AwaitingCardUpdateAsync(customer, cancellationToken), cancellationToken);
        }
    }

    /// <summary>The member's collections a hard decline stopped, each under its lock (the one a job run claims it with).</summary>
    private async Task<List<CardCollection>> AwaitingCardUpdateAsync(StripeCustomer customer, CancellationToken cancellationToken)
    {
        var awaiting = await collections.GetAwaitingCardUpdateAsync(customer.MemberId, cancellationToken);
        if (awaiting.Count > 0)
        {
            await locks.AcquireAllAsync([.. awaiting.Select(c => $"card-collection:{c.Id:N}")], cancellationToken);
        }

        return awaiting;
    }

    private async Task ResumeAsync(List<CardCollection> awaiting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var collection in awaiting.Where(c => c.ResumeWithNewCard(now)))
        {
            await collections.UpdateAsync(collection, autoSave: true, cancellationToken);
        }
    }

    /// <summary>
    /// Copies the member's current user name (as the customer's <c>name</c>) and e-mail (none: cleared) to each of their
    /// customers at Stripe, on the account each lives on. Reads the user rather than trusting an event's values, so a late
    /// or repeated call converges on the latest ones. Nothing to do for the host, for a gym without a Stripe connection, for
    /// a member without a customer, or for a user no longer there (its deletion deletes the customers); a customer deleted at
    /// Stripe in the meantime is skipped. Returns the number of customers updated.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeUnavailable"/>, <see cref="BillingErrorCodes.StripeRequestFailed"/>, <see cref="BillingErrorCodes.StripeNotConfigured"/>: nothing is recorded, call again.</exception>
    public async Task<int> UpdateFromMemberAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null || await connections.FindAsync(cancellationToken) is null)
        {
            return 0;
        }

        var list = await customers.GetListOfMemberAsync(memberId, cancellationToken);
        if (list.Count == 0 || await users.FindByIdAsync(memberId.ToString()) is not { } user)
        {
            return 0;
        }

        var service = new CustomerService(stripe.Client);
        var updated = 0;
        foreach (var customer in list)
        {
            var options = new CustomerUpdateOptions { Name = user.UserName ?? string.Empty, Email = user.Email ?? string.Empty };
            if (await IgnoringMissingAsync(() => service.UpdateAsync(customer.CustomerId, options, OnAccount(customer.AccountId), cancellationToken), cancellationToken))
            {
                updated++;
            }
        }

        return updated;
    }

    /// <summary>
    /// Deletes each of the member's customers at Stripe (on every account the gym used, connected or not: the member is
    /// erased) and then its local record, and the member's card setups; a customer Stripe no longer has (<c>resource_missing</c>)
    /// counts as deleted. Stripe is called before anything local changes, so a failure leaves every customer recorded and
    /// a later call deletes it. Nothing to do for the host or a member without a customer, so a repeated call changes
    /// nothing. Returns the number of customers deleted.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeUnavailable"/>, <see cref="BillingErrorCodes.StripeRequestFailed"/>, <see cref="BillingErrorCodes.StripeNotConfigured"/>: the customers not deleted yet stay recorded, call again.</exception>
    public async Task<int> DeleteOfMemberAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return 0;
        }

        var list = await customers.GetListOfMemberAsync(memberId, cancellationToken);
        foreach (var customer in list)
        {
            await IgnoringMissingAsync(
                () => new CustomerService(stripe.Client).DeleteAsync(customer.CustomerId, null, OnAccount(customer.AccountId), cancellationToken), cancellationToken);
        }

        foreach (var customer in list)
        {
            await customers.DeleteAsync(customer, autoSave: true, cancellationToken);
        }

        await setups.DeleteOfMemberAsync(memberId, cancellationToken);
        return list.Count;
    }

    /// <summary>Request options on the connected account, with an idempotency key when given.</summary>
    public static RequestOptions OnAccount(string accountId, string? idempotencyKey = null) => new() { StripeAccount = accountId, IdempotencyKey = idempotencyKey };

    private async Task<(StripeCustomer Customer, global::Stripe.PaymentMethod Card)> GetOwnCardAsync(Guid memberId, string paymentMethodId, CancellationToken cancellationToken)
    {
        var customer = await FindCurrentAsync(memberId, cancellationToken) ?? throw CardNotFound(paymentMethodId);
        var card = await ReadOwnAsync(
            () => new PaymentMethodService(stripe.Client).GetAsync(paymentMethodId, requestOptions: OnAccount(customer.AccountId), cancellationToken: cancellationToken), cancellationToken);
        return card.CustomerId == customer.CustomerId ? (customer, card) : throw CardNotFound(paymentMethodId);
    }

    private async Task<StripeCustomer?> FindCurrentAsync(Guid memberId, CancellationToken cancellationToken) =>
        await connections.FindAsync(cancellationToken) is { } connection
            ? await customers.FindByMemberAsync(memberId, connection.AccountId, cancellationToken)
            : null;

    private static async Task<T> ReadOwnAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await StripeCall.RunAsync(read, cancellationToken);
        }
        catch (BusinessException ex) when (ex.InnerException is StripeException stripeException && StripeCall.IsMissing(stripeException))
        {
            throw new BusinessException(BillingErrorCodes.PaymentMethodNotFound, "No such card or setup of this member.", ex);
        }
    }

    /// <summary>Runs a call on a customer; false when Stripe no longer has it (deleted there).</summary>
    private static async Task<bool> IgnoringMissingAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            await StripeCall.RunAsync(call, cancellationToken);
            return true;
        }
        catch (BusinessException ex) when (ex.InnerException is StripeException stripeException && StripeCall.IsMissing(stripeException))
        {
            return false;
        }
    }

    private static BusinessException CardNotFound(string id) =>
        new BusinessException(BillingErrorCodes.PaymentMethodNotFound, "No such card or setup of this member.").WithData("paymentMethodId", id);
}
