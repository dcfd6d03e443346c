using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// A member's attempt to save a card: a Stripe SetupIntent (<c>seti_…</c>) on the gym's connected account and where it
/// stands (<see cref="CardSetupStatus"/>), so the member sees a refused card and why. Recorded when FitSaaS creates the
/// SetupIntent, or by its first webhook when that comes first; each later answer or event applies the SetupIntent's state
/// read from Stripe (<see cref="Track"/>). Holds ids, Stripe's failure code and message; never the client secret.
/// </summary>
public sealed class CardSetup : AggregateRoot<Guid>, IMultiTenant
{
    /// <summary>The longest failure message kept (Stripe's are shorter).</summary>
    public const int MaxFailureMessageLength = 1000;

    /// <summary>The longest failure code kept.</summary>
    public const int MaxFailureCodeLength = 100;

    private CardSetup()
    {
        AccountId = null!;
        SetupIntentId = null!;
    }

    /// <summary>Records the SetupIntent <paramref name="setupIntentId"/> of <paramref name="memberId"/> on <paramref name="accountId"/>, <see cref="CardSetupStatus.Pending"/>.</summary>
    public CardSetup(Guid id, Guid? tenantId, Guid memberId, string accountId, string setupIntentId, DateTime createdAtUtc)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(setupIntentId);
        TenantId = tenantId;
        MemberId = memberId;
        AccountId = accountId;
        SetupIntentId = setupIntentId;
        Status = CardSetupStatus.Pending;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member saving the card.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The connected account (<c>acct_…</c>).</summary>
    public string AccountId { get; private set; }

    /// <summary>Stripe's SetupIntent id (<c>seti_…</c>).</summary>
    public string SetupIntentId { get; private set; }

    /// <summary>Where it stands.</summary>
    public CardSetupStatus Status { get; private set; }

    /// <summary>The saved card once <see cref="CardSetupStatus.Succeeded"/> (<c>pm_…</c>); null otherwise.</summary>
    public string? PaymentMethodId { get; private set; }

    /// <summary>When <see cref="CardSetupStatus.Failed"/>: Stripe's decline code, else its error code (<c>last_setup_error</c>); null otherwise.</summary>
    public string? FailureCode { get; private set; }

    /// <summary>When <see cref="CardSetupStatus.Failed"/>: Stripe's message for the member (<c>last_setup_error.message</c>); null otherwise.</summary>
    public string? FailureMessage { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When its state last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>
    /// Applies the SetupIntent's current state read from Stripe. <see cref="CardSetupStatus.Succeeded"/> and
    /// <see cref="CardSetupStatus.Canceled"/> are final (Stripe's are): a stale state read or answered later changes nothing.
    /// Returns whether anything changed.
    /// </summary>
    public bool Track(CardSetupStatus status, string? paymentMethodId, string? failureCode, string? failureMessage, DateTime now)
    {
        if (Status is CardSetupStatus.Succeeded or CardSetupStatus.Canceled)
        {
            return false;
        }

        var card = status == CardSetupStatus.Succeeded ? paymentMethodId : null;
        var code = status == CardSetupStatus.Failed ? Truncate(failureCode, MaxFailureCodeLength) : null;
        var message = status == CardSetupStatus.Failed ? Truncate(failureMessage, MaxFailureMessageLength) : null;
        if (Status == status && PaymentMethodId == card && FailureCode == code && FailureMessage == message)
        {
            return false;
        }

        Status = status;
        PaymentMethodId = card;
        FailureCode = code;
        FailureMessage = message;
        UpdatedAtUtc = now;
        return true;
    }

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
}
