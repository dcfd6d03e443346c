using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// The collection of one invoice from the member's saved card, off-session, with dunning (DOMAIN.md §2.14): the first
/// charge when the invoice is enrolled, retries on the tenant's schedule after the first failure (soft declines only), a
/// stop on a hard decline, the final action after the last retry. An attempt is claimed (<see cref="ClaimedAttempt"/>) in
/// its own transaction before the card is charged, so a second job instance skips it, and a crash leaves it resumable —
/// by the same attempt's idempotency key (<see cref="OnlinePayment.IdempotencyKey"/>).
/// </summary>
[Audited]
public sealed class CardCollection : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private CardCollection()
    {
    }

    /// <summary>Enrols <paramref name="invoiceId"/> for a charge at <paramref name="firstAttemptAtUtc"/>.</summary>
    public CardCollection(Guid id, Guid? tenantId, Guid invoiceId, Guid memberId, DateTime firstAttemptAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        InvoiceId = invoiceId;
        MemberId = memberId;
        NextAttemptAtUtc = firstAttemptAtUtc;
        Status = CardCollectionStatus.Scheduled;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The invoice (one collection per invoice).</summary>
    public Guid InvoiceId { get; private set; }

    /// <summary>The member charged.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Where it stands.</summary>
    public CardCollectionStatus Status { get; private set; }

    /// <summary>Charges made so far (declined ones included).</summary>
    public int Attempts { get; private set; }

    /// <summary>When the next charge is due (UTC); null once it is over.</summary>
    public DateTime? NextAttemptAtUtc { get; private set; }

    /// <summary>When the first charge failed (UTC): retries count from it.</summary>
    public DateTime? FirstFailedAtUtc { get; private set; }

    /// <summary>The attempt being made (claimed by a job run); null when none is in flight.</summary>
    public int? ClaimedAttempt { get; private set; }

    /// <summary>When the attempt in flight was claimed (UTC).</summary>
    public DateTime? ClaimedAtUtc { get; private set; }

    /// <summary>The last decline code.</summary>
    public string? LastDeclineCode { get; private set; }

    /// <summary>The attempt whose reminder was published (<see cref="CardChargeUpcomingEto"/>).</summary>
    public int RemindedAttempt { get; private set; }

    /// <summary>Whether a job run may claim it at <paramref name="now"/>: scheduled and due, and no attempt in flight unless it was claimed before <paramref name="staleBefore"/> (its run died).</summary>
    public bool IsClaimable(DateTime now, DateTime staleBefore) =>
        Status == CardCollectionStatus.Scheduled && NextAttemptAtUtc <= now && (ClaimedAttempt is null || ClaimedAtUtc < staleBefore);

    /// <summary>Claims the next attempt (or re-claims the one in flight of a run that died). Returns its number.</summary>
    public int Claim(DateTime now)
    {
        ClaimedAttempt ??= Attempts + 1;
        ClaimedAtUtc = now;
        return ClaimedAttempt.Value;
    }

    /// <summary>Lets the attempt in flight be claimed again at once (Stripe was unreachable: the next run resumes it with its key).</summary>
    public void Release() => ClaimedAtUtc = DateTime.MinValue;

    /// <summary>The invoice is paid (or no longer due): over.</summary>
    public void Close()
    {
        Attempts = ClaimedAttempt ?? Attempts;
        ClaimedAttempt = null;
        NextAttemptAtUtc = null;
        Status = CardCollectionStatus.Closed;
    }

    /// <summary>
    /// The attempt in flight was declined: a retry is scheduled <paramref name="retryDays"/>[n] days after the first failure
    /// (soft), or it stops (hard, or no retry left). Returns the next attempt's time, or null when it is over.
    /// </summary>
    public DateTime? Decline(string? declineCode, DeclineKind kind, IReadOnlyList<int> retryDays, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(retryDays);
        Attempts = ClaimedAttempt ?? Attempts + 1;
        ClaimedAttempt = null;
        LastDeclineCode = declineCode;
        FirstFailedAtUtc ??= now;
        var retriesMade = Attempts - 1;
        if (kind == DeclineKind.Hard)
        {
            Status = CardCollectionStatus.CardUpdateRequired;
            NextAttemptAtUtc = null;
        }
        else if (retriesMade < retryDays.Count)
        {
            NextAttemptAtUtc = FirstFailedAtUtc.Value.AddDays(retryDays[retriesMade]);
        }
        else
        {
            Status = CardCollectionStatus.Exhausted;
            NextAttemptAtUtc = null;
        }

        return NextAttemptAtUtc;
    }

    /// <summary>
    /// The member saved a new card or chose another default after a hard decline: the collection is scheduled again, due at
    /// <paramref name="now"/> (the next job run charges it; two cards saved in a row still make one charge, the run's claim).
    /// Its dunning still counts from the first failure. False (nothing changes) unless it was waiting for a card update.
    /// </summary>
    public bool ResumeWithNewCard(DateTime now)
    {
        if (Status != CardCollectionStatus.CardUpdateRequired)
        {
            return false;
        }

        Status = CardCollectionStatus.Scheduled;
        NextAttemptAtUtc = now;
        ClaimedAttempt = null;
        return true;
    }

    /// <summary>Records that the reminder of the next attempt was published.</summary>
    public void MarkReminded() => RemindedAttempt = Attempts + 1;
}
