using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Bookings;

/// <summary>
/// The bookings' clock, a recurring job run for every active tenant (schedule <see cref="ScheduleName"/>, cron
/// <c>Bookings:SweepCron</c>, default every minute): releases pending holds that expired (their seats go to the waitlist)
/// and, once a session ended <see cref="BookingsSettingNames.NoShowGraceMinutes"/> ago, marks its bookings still confirmed
/// as no-shows (DOMAIN.md §2.2, §2.6). Each session is handled in its own scope and transaction under its lock, so a
/// second run — a retry, another instance — or a check-in racing the sweep on the same booking waits and then finds it
/// settled: exactly one outcome per booking.
/// </summary>
public sealed partial class BookingSweepJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider clock,
    ILogger<BookingSweepJob> logger) : IBackgroundJob<BookingSweepArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "Bookings.BookingSweep";

    /// <summary>Default cron (UTC): every minute, so a hold is released at most a minute late.</summary>
    public const string DefaultCron = "* * * * *";

    /// <inheritdoc/>
    public async Task ExecuteAsync(BookingSweepArgs args, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (grace, holdSessions, noShowSessions) = await scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = false },
            async (services, ct) =>
            {
                var grace = TimeSpan.FromMinutes(Math.Max(0, await services.GetRequiredService<ISettingProvider>()
                    .GetAsync(BookingsSettingNames.NoShowGraceMinutes, 120)));
                var bookings = services.GetRequiredService<IBookingRepository>();

                // Started before now − grace is necessary (the session must have ended grace ago); the manager checks the end.
                return (grace, await bookings.GetSessionIdsWithExpiredHoldsAsync(now, ct), await bookings.GetStartedSessionIdsWithConfirmedBookingsAsync(now - grace, ct));
            },
            cancellationToken);

        var released = 0;
        foreach (var id in holdSessions)
        {
            released += await InSessionTransactionAsync((manager, ct) => manager.ReleaseExpiredHoldsAsync(id, now, ct), cancellationToken);
        }

        var noShows = 0;
        foreach (var id in noShowSessions)
        {
            noShows += await InSessionTransactionAsync((manager, ct) => manager.MarkNoShowsAsync(id, now, grace, ct), cancellationToken);
        }

        if (released + noShows > 0)
        {
            LogSwept(logger, released, noShows);
        }
    }

    private Task<int> InSessionTransactionAsync(Func<BookingManager, CancellationToken, Task<int>> action, CancellationToken cancellationToken) =>
        scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = true },
            (services, ct) => action(services.GetRequiredService<BookingManager>(), ct),
            cancellationToken);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Information, Message = "Bookings: {Released} expired holds released, {NoShows} no-shows marked")]
    private static partial void LogSwept(ILogger logger, int released, int noShows);
}
