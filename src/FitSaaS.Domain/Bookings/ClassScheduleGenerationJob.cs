using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Bookings;

/// <summary>
/// Keeps every class schedule of a tenant generated up to the rolling horizon (setting
/// <see cref="BookingsSettingNames.ScheduleHorizonDays"/>): a recurring job run for every active tenant (schedule
/// <see cref="ScheduleName"/>, cron <c>Bookings:ScheduleGenerationCron</c>, default <see cref="DefaultCron"/>), in one
/// transaction per tenant. Schedules are locked one at a time in id order, so a second run — a retry, another instance —
/// waits and then finds nothing to add. A schedule that cannot be brought in step (a business rule refuses) is logged
/// and skipped; the others go on.
/// </summary>
public sealed partial class ClassScheduleGenerationJob(
    IClassScheduleRepository schedules,
    ClassScheduleManager manager,
    ISettingProvider settings,
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
        var horizonDays = await settings.GetAsync(BookingsSettingNames.ScheduleHorizonDays, ClassScheduleConsts.DefaultHorizonDays);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        foreach (var id in await schedules.GetIdsAsync(cancellationToken))
        {
            try
            {
                created += (await manager.SyncAsync(id, now, horizonDays, cancellationToken)).Created;
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
