using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Billing;

/// <summary>
/// The billing scanner (scheduler-api's), a recurring job run daily for every active tenant (schedule
/// <see cref="ScheduleName"/>, cron <c>Billing:LifecycleCron</c>): ends memberships whose cancellation took effect and packs
/// that are spent or expired, keeps freezes in step, renews memberships whose period ended (the next invoice and
/// allowance), moves those with overdue invoices to past due and then debt, expires credits past their last day, and
/// reminds members of renewals coming within <see cref="BillingSettingNames.RenewalReminderDays"/> days
/// (<see cref="RenewalReminderManager"/>, once per period).
/// Memberships are handled in batches of <see cref="BatchSize"/>, one transaction each, every membership under its own
/// lock and read fresh after it — so a re-run, a retry or a second instance finds the work done and bills nothing twice
/// (the invoices' and grants' source keys are unique besides). Memory stays bounded by the batch. A batch makes few round
/// trips: the memberships' locks in one, their fresh read in one, the look-ups of their next invoices and grants in one
/// each, their overdue invoices in one, then one counter statement per invoice and the save; a batch that fails is done
/// again one membership at a time, so one failing membership does not hold back the others.
/// </summary>
public sealed partial class MembershipLifecycleJob(
    IServiceScopeFactory scopeFactory,
    RenewalReminderManager reminders,
    TimeProvider clock,
    ILogger<MembershipLifecycleJob> logger) : IBackgroundJob<MembershipLifecycleArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "Billing.MembershipLifecycle";

    /// <summary>Default cron (UTC): hourly at minute 20, so each zone's new day is handled within an hour of its midnight.</summary>
    public const string DefaultCron = "20 * * * *";

    /// <summary>Memberships per transaction.</summary>
    public const int BatchSize = 100;

    /// <inheritdoc/>
    public async Task ExecuteAsync(MembershipLifecycleArgs args, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = await scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = false },
            async (services, _) => BillingCalendar.ToLocalDate(now, await services.GetRequiredService<BillingCalendar>().GetTimeZoneIdAsync()),
            cancellationToken);

        var ids = await scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = false },
            (services, ct) => services.GetRequiredService<IMembershipRepository>().GetIdsToProcessAsync(today.AddDays(1), now, ct),
            cancellationToken);
        var (changed, renewed) = (0, 0);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var (c, r) = await ProcessBatchAsync(batch, now, cancellationToken);
            changed += c;
            renewed += r;
        }

        var expired = await ExpireCreditsAsync(today, now, cancellationToken);
        var reminded = await reminders.RemindAsync(now, cancellationToken);
        LogRun(logger, ids.Count, renewed, changed, expired, reminded);
    }

    private async Task<(int Changed, int Renewed)> ProcessBatchAsync(Guid[] ids, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            return await scopeFactory.RunInUnitOfWorkAsync(
                new UnitOfWorkOptions { IsTransactional = true }, (services, ct) => ProcessAsync(services, ids, now, ct), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One membership failed the batch: each on its own, so the others go on and the failing one is logged.
            LogBatchRetried(logger, ex.GetType().Name);
            var (changed, renewed) = (0, 0);
            foreach (var id in ids)
            {
                try
                {
                    var (c, r) = await scopeFactory.RunInUnitOfWorkAsync(
                        new UnitOfWorkOptions { IsTransactional = true }, (services, ct) => ProcessAsync(services, [id], now, ct), cancellationToken);
                    changed += c;
                    renewed += r;
                }
                catch (Exception single) when (single is not OperationCanceledException)
                {
                    LogMembershipFailed(logger, single, id);
                }
            }

            return (changed, renewed);
        }
    }

    private static async Task<(int Changed, int Renewed)> ProcessAsync(IServiceProvider services, Guid[] ids, DateTime now, CancellationToken cancellationToken)
    {
        // Every membership's lock, in one round trip, then every membership read fresh in one query: a second instance
        // waits here for this transaction and then finds the work done.
        var tenantId = services.GetRequiredService<ICurrentTenant>().Id;
        await services.GetRequiredService<IQuotaLock>().AcquireAllAsync(ids.Select(id => $"Billing.Membership:{tenantId:N}:{id:N}").ToList(), cancellationToken);
        var found = (await services.GetRequiredService<IMembershipRepository>().GetListByIdsAsync(ids, cancellationToken)).ToDictionary(m => m.Id);
        var memberships = ids.Select(id => found.GetValueOrDefault(id) ?? throw new EntityNotFoundException(typeof(Membership), id)).ToList();

        var manager = services.GetRequiredService<MembershipManager>();
        await manager.LoadRenewalsAheadAsync(memberships, now, cancellationToken);
        var changed = new HashSet<Guid>();
        var renewed = 0;
        foreach (var membership in memberships)
        {
            var today = BillingCalendar.ToLocalDate(now, membership.TimeZoneId);
            var moved = await manager.EndIfDueAsync(membership, today, now, cancellationToken);
            var billed = membership.IsLive ? await manager.RenewAsync(membership, today, now, cancellationToken) : 0;
            if (moved || billed > 0)
            {
                changed.Add(membership.Id);
            }

            renewed += billed;
        }

        // Dunning after the renewals (each membership's own invoices only), with one query for the batch.
        changed.UnionWith((await manager.RefreshDunningAsync(memberships, now, cancellationToken)).Select(m => m.Id));
        return (changed.Count, renewed);
    }

    private async Task<int> ExpireCreditsAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var expired = 0;
        while (true)
        {
            var count = await scopeFactory.RunInUnitOfWorkAsync(
                new UnitOfWorkOptions { IsTransactional = true },
                async (services, ct) =>
                {
                    // One expiry pass per tenant at a time: a second instance waits, then finds these expired.
                    await services.GetRequiredService<IQuotaLock>().AcquireAsync($"Billing.Expiry:{services.GetRequiredService<ICurrentTenant>().Id:N}", ct);
                    var due = await services.GetRequiredService<IEntitlementRepository>().GetExpiredWithCreditsAsync(today, BatchSize, ct);
                    var manager = services.GetRequiredService<EntitlementManager>();
                    foreach (var balance in due)
                    {
                        await manager.ExpireAsync(balance, now, ct);
                    }

                    return due.Count;
                },
                cancellationToken);
            expired += count;
            if (count < BatchSize)
            {
                return expired;
            }
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Billing: {Processed} memberships looked at, {Renewed} periods billed, {Changed} moved on, {Expired} entitlements expired, {Reminded} renewals announced")]
    private static partial void LogRun(ILogger logger, int processed, int renewed, int changed, int expired, int reminded);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Billing: a lifecycle batch failed ({Error}); retrying its memberships one by one")]
    private static partial void LogBatchRetried(ILogger logger, string error);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Error, Message = "Billing: membership {MembershipId} could not be moved on")]
    private static partial void LogMembershipFailed(ILogger logger, Exception exception, Guid membershipId);
}
