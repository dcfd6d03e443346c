using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Bookings;

/// <summary>
/// Check-in reminders, a recurring job run for every active tenant (schedule <see cref="ScheduleName"/>, cron
/// <c>Bookings:ReminderCron</c>, default every five minutes): publishes <see cref="BookingReminderDueEto"/> for every
/// confirmed booking whose session starts within <see cref="BookingsSettingNames.ReminderLeadMinutes"/> (default 120;
/// 0 = off) and whose member was not reminded of that start yet. Finds the candidate sessions, soonest first, in pages of
/// <see cref="SessionsPerPage"/>; each session is handled by <see cref="BookingReminderSender"/> in its own scope and
/// transaction under its lock, so a tenant's reminders are many small transactions, and a second run (a retry, another
/// instance) reminds nobody twice. A booking made inside the window is reminded at the next run; a session moved to
/// another start is reminded again.
/// </summary>
public sealed partial class BookingReminderJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider clock,
    ILogger<BookingReminderJob> logger) : IBackgroundJob<BookingReminderArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "Bookings.BookingReminders";

    /// <summary>Default cron (UTC): every five minutes, so a reminder is at most five minutes late.</summary>
    public const string DefaultCron = "*/5 * * * *";

    /// <summary>Candidate sessions read per query.</summary>
    public const int SessionsPerPage = 100;

    /// <inheritdoc/>
    public async Task ExecuteAsync(BookingReminderArgs args, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lead = await scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = false },
            async (services, _) => TimeSpan.FromMinutes(Math.Max(0, await services.GetRequiredService<ISettingProvider>()
                .GetAsync(BookingsSettingNames.ReminderLeadMinutes, 120))),
            cancellationToken);
        if (lead <= TimeSpan.Zero)
        {
            return;
        }

        var reminded = 0;
        while (true)
        {
            var page = await scopeFactory.RunInUnitOfWorkAsync(
                new UnitOfWorkOptions { IsTransactional = false },
                (services, ct) => services.GetRequiredService<IBookingRepository>().GetSessionIdsWithRemindersDueAsync(now, now + lead, SessionsPerPage, ct),
                cancellationToken);
            var remindedInPage = 0;
            foreach (var id in page)
            {
                remindedInPage += await scopeFactory.RunInUnitOfWorkAsync(
                    new UnitOfWorkOptions { IsTransactional = true },
                    (services, ct) => services.GetRequiredService<BookingReminderSender>().SendDueAsync(id, now, lead, ct),
                    cancellationToken);
            }

            reminded += remindedInPage;

            // A full page that reminded nobody (another run got there first) would be read again: stop instead.
            if (page.Count < SessionsPerPage || remindedInPage == 0)
            {
                break;
            }
        }

        if (reminded > 0)
        {
            LogReminded(logger, reminded);
        }
    }

    [LoggerMessage(EventId = 3112, Level = LogLevel.Information, Message = "Bookings: {Reminded} check-in reminders published")]
    private static partial void LogReminded(ILogger logger, int reminded);
}
