using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;

namespace FitSaaS.Bookings;

/// <summary>
/// The Bookings module's aggregates, domain services and repository contracts, the session generation job, the booking
/// sweep (expired holds, no-shows) and the check-in reminders. Of Identity it uses the Domain.Shared only: the demo seed reads the demo members' ids
/// Identity's demo seed leaves (<see cref="Identity.IdentityConsts.DemoMemberIdsSeedProperty"/>).
/// </summary>
[DependsOn(typeof(BookingsDomainSharedModule), typeof(Identity.IdentityDomainSharedModule))]
public sealed class BookingsDomainModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddBackgroundJob<ClassScheduleGenerationJob, ClassScheduleGenerationArgs>();
        var cron = context.Configuration["Bookings:ScheduleGenerationCron"] ?? ClassScheduleGenerationJob.DefaultCron;
        context.Services.AddRecurringJob(ClassScheduleGenerationJob.ScheduleName, cron, new ClassScheduleGenerationArgs(), forEveryTenant: true);
        context.Services.AddBackgroundJob<BookingSweepJob, BookingSweepArgs>();
        context.Services.AddRecurringJob(
            BookingSweepJob.ScheduleName, context.Configuration["Bookings:SweepCron"] ?? BookingSweepJob.DefaultCron, new BookingSweepArgs(), forEveryTenant: true);
        context.Services.AddBackgroundJob<BookingReminderJob, BookingReminderArgs>();
        context.Services.AddRecurringJob(
            BookingReminderJob.ScheduleName, context.Configuration["Bookings:ReminderCron"] ?? BookingReminderJob.DefaultCron, new BookingReminderArgs(), forEveryTenant: true);
    }
}
