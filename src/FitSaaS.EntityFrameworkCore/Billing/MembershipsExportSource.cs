using System.Globalization;
using System.Runtime.CompilerServices;
using FitSaaS.Billing;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using static FitSaaS.Framework.PersonalData.MemberDataExportFormat;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <summary>
/// The <c>memberships</c> dataset of a gym's member data export: one row per membership sold (recurring memberships, class
/// packs, drop-ins, courses; every status), oldest first (creation instant, then id). Columns, in order:
/// <list type="bullet">
/// <item><c>member_id</c>, <c>membership_id</c>, <c>plan_id</c>: ids; <c>plan_name</c>: the plan's current name (empty when the plan is gone).</item>
/// <item><c>kind</c> (<see cref="PlanKind"/> name), <c>status</c> (<see cref="MembershipStatus"/> name).</item>
/// <item><c>start_date</c>, <c>current_period_start</c>, <c>current_period_end</c> (the day after the current period: the
/// renewal date), <c>minimum_term_end_date</c>: local dates (<c>yyyy-MM-dd</c>) in <c>time_zone</c> (an IANA zone).</item>
/// <item><c>price</c>: per period (or of the pack), as sold, in integer minor units of <c>currency</c> (ISO 4217);
/// <c>tax_rate_percent</c> (invariant decimal, e.g. <c>17</c> or <c>8.1</c>) and <c>tax_mode</c> (<see cref="TaxMode"/> name: whether the price includes it).</item>
/// <item><c>interval</c> (<see cref="BillingInterval"/> name), <c>interval_count</c>, <c>allowance</c> (sessions per period;
/// empty = unlimited): recurring memberships only, empty otherwise.</item>
/// <item><c>auto_renew</c>: <c>true</c> when a recurring membership still renews (not ended, no cancellation served), else <c>false</c>.</item>
/// <item><c>activated_at</c>, <c>cancellation_requested_at</c>: UTC instants; <c>cancel_effective_date</c>: the first day it no
/// longer runs (local date); <c>ended_at</c>: when it was cancelled or expired (UTC).</item>
/// <item><c>freeze_count</c>: its freezes; <c>latest_freeze_start_date</c>, <c>latest_freeze_end_date</c>: the latest-starting
/// freeze's first and last (inclusive) days (local dates), empty without one.</item>
/// <item><c>created_at</c>: when it was sold (UTC).</item>
/// </list>
/// Free-text reasons are not exported. Reads the current tenant's rows through the global filters (tenant, soft delete).
/// </summary>
public sealed class MembershipsExportSource(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IMemberDataExportSource, ITransientDependency
{
    private static readonly string[] ColumnNames =
    [
        "member_id", "membership_id", "plan_id", "plan_name", "kind", "status", "start_date", "current_period_start",
        "current_period_end", "minimum_term_end_date", "time_zone", "price", "currency", "tax_rate_percent", "tax_mode", "interval",
        "interval_count", "allowance", "auto_renew", "activated_at", "cancellation_requested_at", "cancel_effective_date", "ended_at",
        "freeze_count", "latest_freeze_start_date", "latest_freeze_end_date", "created_at",
    ];

    /// <inheritdoc/>
    public string Dataset => "memberships";

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns => ColumnNames;

    /// <inheritdoc/>
    public async IAsyncEnumerable<string?[]> ReadAsync(Guid? memberId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(Membership), cancellationToken);
        var memberships = db.Set<Membership>().AsNoTracking();
        if (memberId is { } member)
        {
            memberships = memberships.Where(m => m.MemberId == member);
        }

        var freezes = db.Set<MembershipFreeze>().AsNoTracking();
        var rows =
            from m in memberships
            join p in db.Set<Plan>().AsNoTracking() on m.PlanId equals p.Id into plans
            from p in plans.DefaultIfEmpty()
            orderby m.CreationTime, m.Id
            select new
            {
                m.MemberId,
                m.Id,
                m.PlanId,
                PlanName = p == null ? null : p.Name,
                m.Kind,
                m.Status,
                m.StartDate,
                m.CurrentPeriodStart,
                m.CurrentPeriodEnd,
                m.MinimumTermEndDate,
                m.TimeZoneId,
                m.Price,
                m.Currency,
                m.TaxRatePercent,
                m.TaxMode,
                m.Interval,
                m.IntervalCount,
                m.Allowance,
                m.ActivatedAtUtc,
                m.CancellationRequestedAtUtc,
                m.CancelEffectiveDate,
                m.EndedAtUtc,
                FreezeCount = freezes.Count(f => f.MembershipId == m.Id),
                LatestFreezeStart = freezes.Where(f => f.MembershipId == m.Id).OrderByDescending(f => f.StartDate).Select(f => (DateOnly?)f.StartDate).FirstOrDefault(),
                LatestFreezeEnd = freezes.Where(f => f.MembershipId == m.Id).OrderByDescending(f => f.StartDate).Select(f => (DateOnly?)f.EndDate).FirstOrDefault(),
                m.CreationTime,
            };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var recurring = r.Kind == PlanKind.Membership;
            yield return
            [
                Id(r.MemberId), Id(r.Id), Id(r.PlanId), r.PlanName, r.Kind.ToString(), r.Status.ToString(), Date(r.StartDate),
                Date(r.CurrentPeriodStart), Date(r.CurrentPeriodEnd), Date(r.MinimumTermEndDate), r.TimeZoneId,
                r.Price.ToString(CultureInfo.InvariantCulture), r.Currency, r.TaxRatePercent.ToString("0.####", CultureInfo.InvariantCulture),
                r.TaxMode.ToString(), recurring ? r.Interval?.ToString() : null, recurring ? Number(r.IntervalCount) : null,
                recurring ? Number(r.Allowance) : null,
                Bool(recurring && r.CancelEffectiveDate is null && r.Status is not (MembershipStatus.Cancelled or MembershipStatus.Expired)),
                Instant(r.ActivatedAtUtc), Instant(r.CancellationRequestedAtUtc), Date(r.CancelEffectiveDate), Instant(r.EndedAtUtc),
                r.FreezeCount.ToString(CultureInfo.InvariantCulture), Date(r.LatestFreezeStart), Date(r.LatestFreezeEnd), Instant(r.CreationTime),
            ];
        }
    }
}
