using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Billing;

/// <summary>
/// Reminders before a renewal is charged (DOMAIN.md §2.14, §3 "reminders before a charge"; ADR 0070): for every live
/// recurring membership of the current gym whose period ends within <see cref="BillingSettingNames.RenewalReminderDays"/>
/// days of its local today (default 3, 0 = off), publishes one <see cref="MembershipRenewalUpcomingEto"/> with what the
/// renewal will bill — the plan scheduled for it if any, tax included — and whether the saved card is charged then. Each
/// membership is reminded once per period end: the reminder is recorded on the membership
/// (<see cref="Membership.RenewalRemindedForPeriodEnd"/>) in the transaction that publishes the event (outbox), under the
/// membership's lock the lifecycle job takes too, and the membership is read fresh after the lock — so a re-run, a retry or
/// a second instance publishes nothing more. A free renewal (total 0) is recorded without an event. Batches of
/// <see cref="BatchSize"/>, one transaction each. Run by <see cref="MembershipLifecycleJob"/>; call outside a unit of work.
/// </summary>
public sealed class RenewalReminderManager(IServiceScopeFactory scopeFactory) : FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <summary>Memberships per transaction.</summary>
    public const int BatchSize = 100;

    /// <summary>The longest reminder lead the setting accepts (days); larger values are clamped to it.</summary>
    public const int MaxReminderDays = 28;

    /// <summary>Publishes the current gym's renewal reminders due at <paramref name="now"/> (UTC). Returns how many it published.</summary>
    public async Task<int> RemindAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var (days, ids, accountId) = await scopeFactory.RunInUnitOfWorkAsync<(int Days, List<Guid> Ids, string? AccountId)>(
            new UnitOfWorkOptions { IsTransactional = false },
            async (services, ct) =>
            {
                var days = Math.Clamp(await services.GetRequiredService<ISettingProvider>().GetAsync(BillingSettingNames.RenewalReminderDays, 3), 0, MaxReminderDays);
                if (days == 0)
                {
                    return (0, [], null);
                }

                // The gym's today with a day of slack each side: memberships keep their own zones, checked one by one below.
                var today = BillingCalendar.ToLocalDate(now, await services.GetRequiredService<BillingCalendar>().GetTimeZoneIdAsync());
                var ids = await services.GetRequiredService<IMembershipRepository>().GetIdsToRemindOfRenewalAsync(today.AddDays(-2), today.AddDays(days + 1), ct);
                return ids.Count == 0
                    ? (days, ids, null)
                    : (days, ids, await services.GetRequiredService<StripeConnectionManager>().FindOffSessionAccountIdAsync(ct));
            },
            cancellationToken);
        var reminded = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            reminded += await scopeFactory.RunInUnitOfWorkAsync(
                new UnitOfWorkOptions { IsTransactional = true }, (services, ct) => RemindBatchAsync(services, batch, days, accountId, now, ct), cancellationToken);
        }

        return reminded;
    }

    private static async Task<int> RemindBatchAsync(
        IServiceProvider services, Guid[] ids, int days, string? accountId, DateTime now, CancellationToken cancellationToken)
    {
        var tenantId = services.GetRequiredService<ICurrentTenant>().Id;
        await services.GetRequiredService<IQuotaLock>().AcquireAllAsync(ids.Select(id => $"Billing.Membership:{tenantId:N}:{id:N}").ToList(), cancellationToken);
        var memberships = services.GetRequiredService<IMembershipRepository>();
        var due = (await memberships.GetListByIdsAsync(ids, cancellationToken))
            .Where(m => m.IsRenewalReminderDue(BillingCalendar.ToLocalDate(now, m.TimeZoneId), days))
            .OrderBy(m => m.Id)
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        HashSet<Guid> withCard = accountId is null
            ? []
            : await services.GetRequiredService<IStripeCustomerRepository>().GetMemberIdsWithDefaultCardAsync(accountId, due.Select(m => m.MemberId).ToList(), cancellationToken);
        var plans = services.GetRequiredService<IPlanRepository>();
        var events = services.GetRequiredService<IDistributedEventBus>();
        var published = 0;
        foreach (var membership in due)
        {
            var reminder = await DescribeAsync(membership, plans, withCard.Contains(membership.MemberId), now, cancellationToken);
            membership.MarkRenewalReminded();
            await memberships.UpdateAsync(membership, cancellationToken: cancellationToken);
            if (reminder.Amount > 0)
            {
                await events.PublishAsync(reminder, cancellationToken);
                published++;
            }
        }

        return published;
    }

    /// <summary>The reminder of <paramref name="membership"/>'s next renewal: its plan (a scheduled downgrade's if any) and total, tax included.</summary>
    private static async Task<MembershipRenewalUpcomingEto> DescribeAsync(
        Membership membership, IPlanRepository plans, bool chargedToSavedCard, DateTime now, CancellationToken cancellationToken)
    {
        // A scheduled plan bills the next period at its own terms (MembershipManager.RenewAsync applies it then).
        var scheduled = membership.ScheduledPlanId is { } scheduledId ? await plans.FindAsync(scheduledId, cancellationToken) : null;
        var plan = scheduled ?? await plans.FindAsync(membership.PlanId, cancellationToken);
        var (price, taxRate, taxMode) = scheduled is null ? (membership.Price, membership.TaxRatePercent, membership.TaxMode) : (scheduled.Price, scheduled.TaxRatePercent, scheduled.TaxMode);
        var amount = BillingMath.ComputeTax(price, taxRate, taxMode).Gross;
        return new MembershipRenewalUpcomingEto
        {
            MembershipId = membership.Id,
            MemberUserId = membership.MemberId,
            PlanId = plan?.Id ?? membership.PlanId,
            PlanName = plan?.Name ?? "Membership",
            RenewsOn = membership.CurrentPeriodEnd!.Value,
            TimeZoneId = membership.TimeZoneId,
            Amount = amount,
            Currency = membership.Currency,
            ChargedToSavedCard = chargedToSavedCard,
            OccurredAtUtc = now,
        };
    }
}
