using FitSaaS.Bookings;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Billing;

/// <summary>
/// Writes the entitlement ledger (DOMAIN.md §2.10–2.11, §2.15): grants what memberships sell, takes a credit for a booking
/// (in the booking's transaction, through <see cref="BillingBookingGuard"/>), gives it back or forfeits it when the booking
/// ends, and expires what is left. Every entry has a unique (source, action) key, so a replay writes nothing twice; the
/// member's credits are taken under a per-member lock (<see cref="IQuotaLock"/>), so a member with one credit booking two
/// sessions at once gets one.
/// </summary>
public sealed class EntitlementManager(
    IEntitlementRepository entitlements,
    IMembershipRepository memberships,
    PlanCoverageProvider coverage,
    InvoiceManager invoices,
    BookingPolicyProvider bookingPolicies,
    ISettingProvider settings,
    IQuotaLock locks,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>
    /// Grants an entitlement for <paramref name="sourceKey"/> with its grant entry (+<paramref name="credits"/>; 0 for an
    /// unlimited one). Idempotent: the entitlement granted by the key before is returned as it is.
    /// </summary>
    public async Task<Entitlement> GrantAsync(
        Membership membership, string sourceKey, bool unlimited, int credits, DateOnly validFrom, DateOnly? validUntil, int? validityDaysOnFirstUse, DateTime now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        if (await entitlements.FindBySourceKeyAsync(sourceKey, cancellationToken) is { } granted)
        {
            return granted;
        }

        var entitlement = new Entitlement(guids.Create(), currentTenant.Id, membership, sourceKey, unlimited, validFrom, validUntil, validityDaysOnFirstUse, now);
        await entitlements.InsertAsync(entitlement, cancellationToken: cancellationToken);
        await entitlements.AddEntryAsync(
            new EntitlementLedgerEntry(guids.Create(), currentTenant.Id, entitlement.Id, membership.MemberId, EntitlementAction.Grant, unlimited ? 0 : credits, sourceKey, null, now),
            cancellationToken);
        return entitlement;
    }

    /// <summary>
    /// The booking side (<see cref="IBookingGuard"/>): when any plan of the tenant covers the session (its class type and
    /// location, or it is a course's session), the member needs an entitlement valid on the session's local date (its location's zone), of a
    /// membership usable on the session's local date (not frozen then, not ended by then), with a credit left or unlimited,
    /// and no membership in debt. Unlimited entitlements are used first (they cost nothing), then credits earliest-expiring
    /// first. A waitlist entry is only checked; a seat takes the credit (<c>Reserve</c> for a pending hold, <c>Consume</c>
    /// otherwise; a confirmed hold converts its reservation). Sessions no plan covers are free (an open gym, a community class).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.NoEntitlement"/>, <see cref="BillingErrorCodes.MemberInDebt"/>.</exception>
    public async Task CheckBookingAsync(BookingGuardContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = EntitlementLedgerEntry.BookingKey(context.BookingId);
        switch (context.Operation)
        {
            case BookingOperation.Book when context.AwaitingPayment:
                // Pay-to-book: the hold's payment buys the entitlement; it is taken when the payment confirms the hold.
                return;
            case BookingOperation.CheckIn when context.Booking?.Status != BookingStatus.Waitlisted:
                // Its seat took what it needed at booking (or it was booked while the session was free).
                return;
            case BookingOperation.Confirm:
                var entries = await entitlements.GetEntriesOfBookingAsync(context.BookingId, cancellationToken);
                if (entries.FirstOrDefault(e => e.Action == EntitlementAction.Reserve) is { } reserve)
                {
                    if (entries.All(e => e.Action != EntitlementAction.Consume))
                    {
                        await entitlements.AddEntryAsync(
                            new EntitlementLedgerEntry(guids.Create(), currentTenant.Id, reserve.EntitlementId, context.MemberId, EntitlementAction.Consume, 0, key, context.BookingId, context.Now, "Hold confirmed"),
                            cancellationToken);
                    }

                    return;
                }

                break;
        }

        var session = context.Session;
        var plans = await coverage.GetAsync(cancellationToken);
        if (!plans.Any(p => p.Covers(session.ClassTypeId, session.LocationId, session.Id)))
        {
            return;
        }

        // The member's booking lock, the one Bookings counts limits under: taken unless Bookings holds it already (one
        // statement less per booking; taking it again would not block either: it is re-entrant).
        if (!context.MemberLocked)
        {
            await locks.AcquireAsync(BookingManager.MemberLockKey(currentTenant.Id, context.MemberId), cancellationToken);
        }

        var day = BillingCalendar.ToLocalDate(session.StartsAtUtc, await bookingPolicies.GetTimeZoneIdAsync(session.LocationId, cancellationToken));
        var live = await memberships.GetLiveOfMemberAsync(context.MemberId, day, cancellationToken);
        if (live.FirstOrDefault(m => m.Membership.Status == MembershipStatus.Debt) is { } debt)
        {
            throw new BusinessException(BillingErrorCodes.MemberInDebt, "The member has an unpaid debt: booking is refused until it is settled.")
                .WithData("membershipId", debt.Membership.Id);
        }

        var chosen = Choose(session, day, plans, live)
            ?? throw new BusinessException(BillingErrorCodes.NoEntitlement, "The member has no membership or credit covering this session.")
                .WithData("classSessionId", session.Id)
                .WithData("sessionStartsAtUtc", session.StartsAtUtc);
        if (context.Status == BookingStatus.Waitlisted)
        {
            return;
        }

        var entitlement = chosen.Entitlement;
        if (entitlement.AwaitsFirstUse)
        {
            // Once per pack: the read above is not tracked.
            var tracked = await entitlements.GetAsync(entitlement.Id, cancellationToken: cancellationToken);
            tracked.ActivateOnFirstUse(day);
            await entitlements.UpdateAsync(tracked, cancellationToken: cancellationToken);
        }

        var action = context.Status == BookingStatus.Pending ? EntitlementAction.Reserve : EntitlementAction.Consume;
        await entitlements.AddEntryAsync(
            new EntitlementLedgerEntry(guids.Create(), currentTenant.Id, entitlement.Id, context.MemberId, action, entitlement.Unlimited ? 0 : -1, key, context.BookingId, context.Now),
            cancellationToken);
    }

    /// <summary>
    /// The booking ended (a local event in its transaction): a cancellation (timely, by staff, with its session, an
    /// expired hold) gives the credit back; a late cancellation or a no-show forfeits it — on an unlimited entitlement it
    /// costs the tenant's fee instead (<see cref="BillingSettingNames.LateCancelFee"/>, <see cref="BillingSettingNames.NoShowFee"/>),
    /// as a penalty invoice. Bookings that took nothing are left alone; a replay writes nothing twice.
    /// </summary>
    public async Task ReleaseBookingAsync(Guid bookingId, Guid memberId, BookingStatus status, DateTime now, CancellationToken cancellationToken = default)
    {
        if (status is not (BookingStatus.Cancelled or BookingStatus.LateCancelled or BookingStatus.NoShow))
        {
            return;
        }

        var entries = await entitlements.GetEntriesOfBookingAsync(bookingId, cancellationToken);
        if (entries.Count == 0 || entries.Any(e => e.Action is EntitlementAction.Refund or EntitlementAction.Forfeit))
        {
            return;
        }

        var key = EntitlementLedgerEntry.BookingKey(bookingId);
        var entitlementId = entries[0].EntitlementId;
        if (status == BookingStatus.Cancelled)
        {
            await entitlements.AddEntryAsync(
                new EntitlementLedgerEntry(guids.Create(), currentTenant.Id, entitlementId, memberId, EntitlementAction.Refund, -entries.Sum(e => e.Quantity), key, bookingId, now, "Cancelled in time"),
                cancellationToken);
            return;
        }

        var noShow = status == BookingStatus.NoShow;
        await entitlements.AddEntryAsync(
            new EntitlementLedgerEntry(guids.Create(), currentTenant.Id, entitlementId, memberId, EntitlementAction.Forfeit, 0, key, bookingId, now, noShow ? "No-show" : "Late cancellation"),
            cancellationToken);
        var entitlement = await entitlements.GetAsync(entitlementId, cancellationToken);
        if (!entitlement.Unlimited)
        {
            return;
        }

        var fee = Math.Max(0, await settings.GetAsync(noShow ? BillingSettingNames.NoShowFee : BillingSettingNames.LateCancelFee, 0L));
        if (fee > 0)
        {
            var membership = await memberships.GetAsync(entitlement.MembershipId, cancellationToken);
            await invoices.IssueAsync(
                memberId,
                membership.Id,
                membership.Currency,
                [new InvoiceLineDraft(InvoiceLineKind.Penalty, noShow ? "No-show fee" : "Late cancellation fee", BillingMath.EnsureAmount(fee, "fee"), SourceKey: PenaltyKey(bookingId))],
                PenaltyKey(bookingId),
                now,
                cancellationToken);
        }
    }

    /// <summary>
    /// Staff waive a booking's penalty with a reason (move.cc, DOMAIN.md §2.15): a forfeited credit is given back, an unpaid
    /// penalty invoice is voided. Returns false when there was nothing to waive.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.ReasonRequired"/>, <see cref="BillingErrorCodes.InvalidInvoiceStatus"/> (a paid penalty: refund it instead).</exception>
    public async Task<bool> WaivePenaltyAsync(Guid bookingId, string reason, DateTime now, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessException(BillingErrorCodes.ReasonRequired, "Give a reason for the waiver.");
        }

        var entries = await entitlements.GetEntriesOfBookingAsync(bookingId, cancellationToken);
        var forfeit = entries.FirstOrDefault(e => e.Action == EntitlementAction.Forfeit);
        if (forfeit is null || entries.Any(e => e.Action == EntitlementAction.Refund))
        {
            return false;
        }

        var waived = false;
        var net = entries.Sum(e => e.Quantity);
        if (net < 0 || (await entitlements.GetAsync(forfeit.EntitlementId, cancellationToken)).Unlimited)
        {
            await entitlements.AddEntryAsync(
                new EntitlementLedgerEntry(guids.Create(), currentTenant.Id, forfeit.EntitlementId, forfeit.MemberId, EntitlementAction.Refund, -net, EntitlementLedgerEntry.BookingKey(bookingId), bookingId, now, reason),
                cancellationToken);
            waived = true;
        }

        waived |= await invoices.VoidBySourceKeyAsync(PenaltyKey(bookingId), reason, now, cancellationToken);
        return waived;
    }

    /// <summary>Writes the expiry of what is left of an entitlement (its validity ended, or its membership did). Idempotent.</summary>
    public async Task ExpireAsync(EntitlementBalance balance, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(balance);
        var key = EntitlementLedgerEntry.ExpiryKey(balance.Entitlement.Id);
        if (balance.Balance <= 0 || await entitlements.HasEntryAsync(key, EntitlementAction.Expire, cancellationToken))
        {
            return;
        }

        await entitlements.AddEntryAsync(
            new EntitlementLedgerEntry(guids.Create(), currentTenant.Id, balance.Entitlement.Id, balance.Entitlement.MemberId, EntitlementAction.Expire, -balance.Balance, key, null, now, "Expired"),
            cancellationToken);
    }

    /// <summary>The source key of a booking's penalty invoice.</summary>
    public static string PenaltyKey(Guid bookingId) => $"booking:{bookingId:N}:penalty";

    private static EntitlementCredit? Choose(ClassSession session, DateOnly day, IReadOnlyList<PlanCoverage> plans, List<LiveMembership> live) =>
        live
            .Where(m => m.Membership.AllowsSessionOn(day))
            .SelectMany(m => m.Credits)
            .Where(c => c.Entitlement.Unlimited || c.Balance > 0)
            .Where(c => plans.FirstOrDefault(p => p.PlanId == c.Entitlement.PlanId)?.Covers(session.ClassTypeId, session.LocationId, session.Id) == true)
            .OrderByDescending(c => c.Entitlement.Unlimited)
            .ThenBy(c => c.Entitlement.ValidUntil ?? DateOnly.MaxValue)
            .ThenBy(c => c.Entitlement.GrantedAtUtc)
            .FirstOrDefault();
}
