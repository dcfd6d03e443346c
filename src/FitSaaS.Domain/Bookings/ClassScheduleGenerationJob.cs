using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Bookings;

/// <summary>
/// Keeps every class schedule of a tenant generated up to the rolling horizon (setting
/// <see cref="BookingsSettingNames.ScheduleHorizonDays"/>): a recurring job run for every active tenant (schedule
/// <see cref="ScheduleName"/>, cron <c>Bookings:ScheduleGenerationCron</c>, default <see cref="DefaultCron"/>). Each
/// schedule is brought in step in its own scope and transaction, locked, in id order: a second run — a retry, another
/// instance — waits for the lock and then finds nothing to add; a schedule that cannot be brought in step (a business
/// rule refuses) is logged and skipped without undoing the others; and the change tracker holds one schedule's sessions
/// at a time (docs/benchmarks.md §13).
/// </summary>
public sealed partial class ClassScheduleGenerationJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider clock,
    ILogger<ClassScheduleGenerationJob> logger) : IBackgroundJob<ClassScheduleGenerationArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "Bookings.ScheduleGeneration";

    /// <summary>Default cron (UTC): every hour at minute 15, so a new day's occurrences appear soon after midnight in every zone.</summary>
    public const string DefaultCron = "15 * * * *";

    /// <inheritdoc/>
    public async Task ExecuteAsync(ClassScheduleGenerationArgs args, CancellationToken cancellationToken)
    {
        // Everything in scopes of its own: a transaction left open in the job's scope would hold SQLite's write lock
        // against the per-schedule transactions below.
        var (horizonDays, ids) = await scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = false },
            async (services, ct) => (
                await services.GetRequiredService<ISettingProvider>().GetAsync(BookingsSettingNames.ScheduleHorizonDays, ClassScheduleConsts.DefaultHorizonDays),
                await services.GetRequiredService<IClassScheduleRepository>().GetIdsAsync(ct)),
            cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        foreach (var id in ids)
        {
            try
            {
                created += await scopeFactory.RunInUnitOfWorkAsync(
                    new UnitOfWorkOptions { IsTransactional = true },
                    async (services, ct) => (await services.GetRequiredService<ClassScheduleManager>().SyncAsync(id, now, horizonDays, ct)).Created,
                    cancellationToken);
            }
            catch (BusinessException ex)
            {
                LogScheduleSkipped(logger, id, ex.Code);
            }
        }

        LogGenerated(logger, created);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Class schedules: {Count} sessions generated")]
    private static partial void LogGenerated(ILogger logger, int count);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Class schedule {ScheduleId} was not brought in step: {Code}")]
    private static partial void LogScheduleSkipped(ILogger logger, Guid scheduleId, string code);
}
