using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Billing;

/// <summary>
/// Sells plans and moves memberships through their lifecycle (DOMAIN.md §2.12–2.14): the sale issues the first invoice;
/// its payment activates the membership and grants what it sells; each renewal bills the next period and grants its
/// allowance; overdue invoices make it past due, then in debt; cancellations take effect after their notice; an ended
/// membership's unused credits expire. Every step is idempotent (source keys, status checks), so the renewal job and
/// replayed payments can run again safely.
/// </summary>
public sealed class MembershipManager(
    IMembershipRepository memberships,
    IPlanRepository plans,
    IInvoiceRepository invoiceRepository,
    IEntitlementRepository entitlements,
    InvoiceManager invoices,
    EntitlementManager entitlementManager,
    BillingCalendar calendar,
    ISettingProvider settings,
    IGuidGenerator guids,
    ICurrentTenant currentTenant,
    IEnumerable<IPurchaseGuard> purchaseGuards) : IDomainService
{
    /// <summary>
    /// Sells <paramref name="plan"/> to the member from <paramref name="startDate"/> (default today in the tenant's zone):
    /// a pending membership and its first invoice (the plan's price and tax; the first period's dates). A free plan's
    /// invoice is paid at once, so the membership is active on return.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.PlanArchived"/>, <see cref="BillingErrorCodes.PlanAlreadyPurchased"/>,
    /// <see cref="BillingErrorCodes.FirstUsePackPending"/> (one unused pack that starts on first use at a time),
    /// <see cref="BillingErrorCodes.InvalidMembershipStatus"/> (a start more than 31 days back or a year ahead), and any code of
    /// a registered <see cref="IPurchaseGuard"/>.
    /// </exception>
    public async Task<(Membership Membership, Invoice Invoice)> SellAsync(
        Guid memberId, Plan plan, DateOnly? startDate, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.EnsureActive();
        foreach (var guard in purchaseGuards)
        {
            await guard.CheckAsync(new PurchaseGuardContext(memberId, plan, now), cancellationToken);
        }

        if (plan.OncePerMember && await memberships.AnyOfMemberAndPlanAsync(memberId, plan.Id, cancellationToken))
        {
            throw new BusinessException(BillingErrorCodes.PlanAlreadyPurchased, "The member has had this plan already; it can be bought once.").WithData("planId", plan.Id);
        }

        var zone = await calendar.GetTimeZoneIdAsync();
        var today = BillingCalendar.ToLocalDate(now, zone);
        if (plan.Activation == PackActivation.OnFirstUse && await entitlements.FindAwaitingFirstUseAsync(memberId, today, cancellationToken) is { } unused)
        {
            throw new BusinessException(BillingErrorCodes.FirstUsePackPending, "The member holds a pack that starts on first use and has not used it yet: one such pack at a time.")
                .WithData("planId", plan.Id)
                .WithData("entitlementId", unused.Id);
        }

        var start = startDate ?? today;
        if (start < today.AddDays(-31) || start > today.AddDays(365))
        {
            throw new BusinessException(BillingErrorCodes.InvalidMembershipStatus, "A membership starts at most 31 days back and a year ahead.")
                .WithData("status", MembershipStatus.Pending.ToString())
                .WithData("operation", "start");
        }

        var membership = new Membership(guids.Create(), currentTenant.Id, memberId, plan, start, zone, now);
        await memberships.InsertAsync(membership, cancellationToken: cancellationToken);
        var periodEnd = membership.IsRecurring ? membership.PeriodEnd(1) : (DateOnly?)null;
        var invoice = await invoices.IssueAsync(
            memberId, membership.Id, membership.Currency, [PlanLine(membership, plan.Name, start, periodEnd)], membership.PeriodKey(1), now, cancellationToken);
        return (membership, invoice);
    }

    /// <summary>
    /// The membership's first invoice was paid: it becomes active and grants what it sells — a pack's credits (valid from
    /// today for its validity, or from its first session), a drop-in's, a course's, a membership's first-period allowance
    /// or its unlimited right. Does nothing for an active one.
    /// </summary>
    public async Task ActivateAsync(Membership membership, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        if (!membership.Activate(now))
        {
            return;
        }

        await GrantPeriodAsync(membership, now, cancellationToken);
        await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Bills every period of a recurring membership that began by <paramref name="today"/>: the next invoice and the
    /// period's allowance, each once per period (source keys). Returns how many periods it billed.
    /// </summary>
    public async Task<int> RenewAsync(Membership membership, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var renewed = 0;
        string? planName = null;
        while (membership.IsRenewalDue(today) && renewed < 24)
        {
            if (membership.ScheduledPlanId is { } scheduled)
            {
                // A downgrade takes effect with the new period: an unlimited right ends with the old one.
                var next = await plans.GetAsync(scheduled, cancellationToken);
                if (membership.Allowance is null && next.Allowance is not null)
                {
                    await EndUnlimitedAsync(membership, membership.CurrentPeriodEnd!.Value.AddDays(-1), cancellationToken);
                }

                membership.ApplyScheduledPlan(next);
                planName = next.Name;
            }

            var period = membership.Renew(today);
            planName ??= (await plans.FindAsync(membership.PlanId, cancellationToken))?.Name ?? "Membership";
            await invoices.IssueAsync(
                membership.MemberId, membership.Id, membership.Currency,
                [PlanLine(membership, planName, membership.CurrentPeriodStart!.Value, membership.CurrentPeriodEnd)], membership.PeriodKey(period), now, cancellationToken);
            await GrantPeriodAsync(membership, now, cancellationToken);
            renewed++;
        }

        if (renewed > 0)
        {
            await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
        }

        return renewed;
    }

    /// <summary>
    /// Reads ahead what renewing these memberships looks up by source key — the invoice and the grant of each one's next
    /// period, if due on its local date at <paramref name="now"/> — in one query each, so that <see cref="RenewAsync"/> asks
    /// the database for the invoice number only. For a batch renewed in one transaction under the memberships' locks (the
    /// renewal job); a period further on is looked up when billed.
    /// </summary>
    public async Task LoadRenewalsAheadAsync(IReadOnlyCollection<Membership> batch, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var keys = batch.Where(m => m.IsRenewalDue(BillingCalendar.ToLocalDate(now, m.TimeZoneId))).Select(m => m.PeriodKey(m.PeriodNumber + 1)).ToList();
        if (keys.Count > 0)
        {
            await invoiceRepository.LoadBySourceKeysAsync(keys, cancellationToken);
            await entitlements.LoadBySourceKeysAsync(keys, cancellationToken);
        }
    }

    /// <summary>
    /// Dunning (DOMAIN.md §2.14): an invoice of the membership overdue makes it past due, and in debt once overdue
    /// <see cref="BillingSettingNames.GraceDays"/>; nothing overdue reinstates it. Returns whether its status changed.
    /// </summary>
    public async Task<bool> RefreshDunningAsync(Membership membership, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        return (await RefreshDunningAsync([membership], now, cancellationToken)).Count > 0;
    }

    /// <summary>
    /// <see cref="RefreshDunningAsync(Membership, DateTime, CancellationToken)"/> of many memberships (the renewal job's
    /// batch), with one query for their overdue invoices. Returns those whose status changed.
    /// </summary>
    public async Task<List<Membership>> RefreshDunningAsync(IReadOnlyCollection<Membership> batch, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var live = batch.Where(m => m.IsLive).ToList();
        if (live.Count == 0)
        {
            return [];
        }

        var overdue = await invoiceRepository.GetEarliestOverdueAsync(live.Select(m => m.Id).ToList(), now, cancellationToken);
        int? grace = null;
        var moved = new List<Membership>();
        foreach (var membership in live)
        {
            var changed = false;
            if (overdue.TryGetValue(membership.Id, out var since))
            {
                changed |= membership.MarkPastDue(since, now);
                grace ??= Math.Max(0, await settings.GetAsync(BillingSettingNames.GraceDays, 7));
                if (now >= since.AddDays(grace.Value))
                {
                    changed |= membership.MarkDebt(now);
                }
            }
            else
            {
                changed |= membership.Reinstate(BillingCalendar.ToLocalDate(now, membership.TimeZoneId), now);
            }

            if (changed)
            {
                await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
                moved.Add(membership);
            }
        }

        return moved;
    }

    /// <summary>
    /// Serves the member's notice (DOMAIN.md §2.12): effective <c>max(today + </c><see cref="BillingSettingNames.CancellationNoticeDays"/><c>, minimum term end)</c>
    /// for a recurring membership (staff may end it at once with <paramref name="immediately"/>), at once for the rest.
    /// Returns the effective date.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidMembershipStatus"/>.</exception>
    public async Task<DateOnly> CancelAsync(Membership membership, string? reason, bool immediately, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var today = BillingCalendar.ToLocalDate(now, membership.TimeZoneId);
        var notice = immediately ? 0 : Math.Max(0, await settings.GetAsync(BillingSettingNames.CancellationNoticeDays, 30));
        var effective = membership.RequestCancellation(today, notice, reason, now);
        if (immediately && membership.MinimumTermEndDate is null && effective > today)
        {
            throw new BusinessException(BillingErrorCodes.InvalidMembershipStatus, "A cancellation notice was served already.")
                .WithData("status", membership.Status.ToString())
                .WithData("operation", "cancel");
        }

        if (membership.IsCancellationDue(today))
        {
            membership.End(MembershipStatus.Cancelled, now);
        }

        if (!membership.IsLive)
        {
            await ExpireAllAsync(membership, today, now, cancellationToken);
        }

        await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
        return effective;
    }

    /// <summary>
    /// Dunning's final action <c>Cancel</c> (DOMAIN.md §2.14, <see cref="BillingSettingNames.DunningFinalAction"/>): a live
    /// membership is cancelled now (<see cref="Membership.CancelNow"/>; a notice served before or a minimum term does not
    /// postpone it, and the unpaid invoice stays open) and its unused credits expire. False when it had ended already.
    /// </summary>
    public async Task<bool> CancelForNonPaymentAsync(Membership membership, string reason, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var today = BillingCalendar.ToLocalDate(now, membership.TimeZoneId);
        if (!membership.CancelNow(today, reason, now))
        {
            return false;
        }

        await ExpireAllAsync(membership, today, now, cancellationToken);
        await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>
    /// Ends what is due on <paramref name="today"/>: a cancellation that took effect, a pack or course with nothing left to
    /// use (its entitlements expired or spent), and keeps <c>Frozen</c> in step with the freezes. Unused credits of an ended
    /// membership expire. Returns whether anything changed.
    /// </summary>
    public async Task<bool> EndIfDueAsync(Membership membership, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var changed = membership.SyncFreeze(today, now);
        if (membership.IsCancellationDue(today))
        {
            changed |= membership.End(MembershipStatus.Cancelled, now);
        }
        else if (!membership.IsRecurring && membership.IsLive)
        {
            var balances = await entitlements.GetBalancesOfMembershipAsync(membership.Id, cancellationToken);
            if (balances.Count > 0 && balances.All(b => b.Entitlement.ValidUntil < today || (b.Balance <= 0 && !b.Entitlement.Unlimited && membership.Kind != PlanKind.Course)))
            {
                changed |= membership.End(MembershipStatus.Expired, now);
            }
        }

        if (!membership.IsLive && membership.Status != MembershipStatus.Pending && changed)
        {
            await ExpireAllAsync(membership, today, now, cancellationToken);
        }

        if (changed)
        {
            await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
        }

        return changed;
    }

    /// <summary>Freezes a membership (rules: <see cref="Membership.Freeze"/>; limits from the tenant's settings).</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.FreezeNotAllowed"/>, <see cref="BillingErrorCodes.InvalidMembershipStatus"/>.</exception>
    public async Task<MembershipFreeze> FreezeAsync(Membership membership, DateOnly start, DateOnly end, string? reason, bool byStaff, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var today = BillingCalendar.ToLocalDate(now, membership.TimeZoneId);
        var freeze = membership.Freeze(
            guids.Create(), start, end, reason, today,
            Math.Max(1, await settings.GetAsync(BillingSettingNames.FreezeMaxDays, 90)),
            Math.Max(0, await settings.GetAsync(BillingSettingNames.FreezeMinNoticeDays, 0)),
            byStaff,
            now);

        // The period the freeze falls in lasts longer: its allowance does too.
        foreach (var balance in await entitlements.GetBalancesOfMembershipAsync(membership.Id, cancellationToken))
        {
            if (balance.Entitlement.ValidUntil is { } until && until >= start)
            {
                balance.Entitlement.Extend(freeze.Days);
                await entitlements.UpdateAsync(balance.Entitlement, cancellationToken: cancellationToken);
            }
        }

        await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
        return freeze;
    }

    /// <summary>
    /// Changes a recurring membership's plan (DOMAIN.md §2.13; same period and currency). A dearer plan is an
    /// <b>upgrade</b>, applied at once: an invoice of the prorated difference for the rest of the current period —
    /// <c>round(new × d / D) − round(old × d / D)</c>, d the days left (today included) and D the period's days in the
    /// membership's zone, each rounded half up to the minor unit, taxed at the new plan's rate — and the new plan's
    /// allowance from today (the extra sessions, or an unlimited right). A cheaper (or equal) plan is a <b>downgrade</b>,
    /// applied when the current period ends; the renewal bills the new price. Returns the proration invoice, or null.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidPlanChange"/>, <see cref="BillingErrorCodes.InvalidMembershipStatus"/>, <see cref="BillingErrorCodes.PlanArchived"/>.</exception>
    public async Task<Invoice?> ChangePlanAsync(Membership membership, Plan plan, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Price <= membership.Price)
        {
            membership.SchedulePlanChange(plan);
            await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
            return null;
        }

        var today = BillingCalendar.ToLocalDate(now, membership.TimeZoneId);
        var (start, end) = (membership.CurrentPeriodStart!.Value, membership.CurrentPeriodEnd!.Value);
        var whole = end.DayNumber - start.DayNumber;
        var left = Math.Clamp(end.DayNumber - Math.Max(today.DayNumber, start.DayNumber), 0, whole);
        var (oldPrice, oldAllowance, wasUnlimited) = (membership.Price, membership.Allowance ?? 0, membership.Allowance is null);
        membership.ChangePlanNow(plan);
        var key = $"membership:{membership.Id:N}:period:{membership.PeriodNumber}:plan:{plan.Id:N}";
        var from = today > start ? today : start;
        if (plan.Allowance is { } allowance)
        {
            if (wasUnlimited)
            {
                await EndUnlimitedAsync(membership, from.AddDays(-1), cancellationToken);
            }

            var extra = wasUnlimited ? allowance : allowance - oldAllowance;
            if (extra > 0)
            {
                await entitlementManager.GrantAsync(membership, key, false, extra, from, end.AddDays(-1), null, now, cancellationToken);
            }
        }
        else if (!wasUnlimited)
        {
            await entitlementManager.GrantAsync(membership, key, true, 0, from, null, null, now, cancellationToken);
        }

        var charge = BillingMath.Prorate(plan.Price, left, whole) - BillingMath.Prorate(oldPrice, left, whole);
        await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
        if (charge <= 0)
        {
            return null;
        }

        return await invoices.IssueAsync(
            membership.MemberId, membership.Id, membership.Currency,
            [new InvoiceLineDraft(InvoiceLineKind.Proration, $"Upgrade to {plan.Name}: {left} of {whole} days ({from:yyyy-MM-dd} – {end.AddDays(-1):yyyy-MM-dd})", charge, 1, plan.TaxRatePercent, plan.TaxMode, from, end, key)],
            key, now, cancellationToken);
    }

    private async Task EndUnlimitedAsync(Membership membership, DateOnly lastDay, CancellationToken cancellationToken)
    {
        foreach (var balance in await entitlements.GetBalancesOfMembershipAsync(membership.Id, cancellationToken))
        {
            if (balance.Entitlement.Unlimited && (balance.Entitlement.ValidUntil is null || balance.Entitlement.ValidUntil > lastDay))
            {
                balance.Entitlement.EndBy(lastDay);
                await entitlements.UpdateAsync(balance.Entitlement, cancellationToken: cancellationToken);
            }
        }
    }

    private async Task GrantPeriodAsync(Membership membership, DateTime now, CancellationToken cancellationToken)
    {
        var plan = await plans.GetAsync(membership.PlanId, cancellationToken);
        var key = membership.PeriodKey(membership.PeriodNumber);
        if (membership.IsRecurring)
        {
            if (membership.Allowance is { } allowance)
            {
                await entitlementManager.GrantAsync(
                    membership, key, false, allowance, membership.CurrentPeriodStart!.Value, membership.CurrentPeriodEnd!.Value.AddDays(-1), null, now, cancellationToken);
            }
            else if (membership.PeriodNumber == 1)
            {
                // One unlimited right for the membership's life; it ends with the membership.
                await entitlementManager.GrantAsync(membership, key, true, 0, membership.StartDate, null, null, now, cancellationToken);
            }
            else if (!(await entitlements.GetBalancesOfMembershipAsync(membership.Id, cancellationToken)).Any(b => b.Entitlement.Unlimited && b.Entitlement.ValidUntil is null))
            {
                // It became unlimited at this renewal (a plan change): the right runs from this period on.
                await entitlementManager.GrantAsync(membership, key, true, 0, membership.CurrentPeriodStart!.Value, null, null, now, cancellationToken);
            }

            return;
        }

        var today = BillingCalendar.ToLocalDate(now, membership.TimeZoneId);
        var from = membership.StartDate > today ? membership.StartDate : today;
        var credits = plan.Credits ?? 1;
        switch (membership.Kind)
        {
            case PlanKind.ClassPack when plan.Activation == PackActivation.OnFirstUse:
                await entitlementManager.GrantAsync(membership, key, false, credits, membership.StartDate, null, plan.ValidityDays, now, cancellationToken);
                break;
            case PlanKind.ClassPack or PlanKind.DropIn:
                await entitlementManager.GrantAsync(membership, key, false, credits, from, from.AddDays((plan.ValidityDays ?? 1) - 1), null, now, cancellationToken);
                break;
            default:
                await entitlementManager.GrantAsync(membership, key, false, credits, membership.StartDate, null, null, now, cancellationToken);
                break;
        }
    }

    private async Task ExpireAllAsync(Membership membership, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        // Its last day: the day before the cancellation took effect (or before today).
        var lastDay = (membership.CancelEffectiveDate is { } effective && effective < today ? effective : today).AddDays(-1);
        foreach (var balance in await entitlements.GetBalancesOfMembershipAsync(membership.Id, cancellationToken))
        {
            balance.Entitlement.EndBy(lastDay);
            await entitlements.UpdateAsync(balance.Entitlement, cancellationToken: cancellationToken);
            await entitlementManager.ExpireAsync(balance, now, cancellationToken);
        }
    }

    private static InvoiceLineDraft PlanLine(Membership membership, string planName, DateOnly start, DateOnly? end) =>
        new(
            InvoiceLineKind.Plan,
            end is { } e ? $"{planName} ({start:yyyy-MM-dd} – {e.AddDays(-1):yyyy-MM-dd})" : planName,
            membership.Price,
            1,
            membership.TaxRatePercent,
            membership.TaxMode,
            start,
            end,
            membership.PeriodKey(membership.PeriodNumber == 0 ? 1 : membership.PeriodNumber));
}
