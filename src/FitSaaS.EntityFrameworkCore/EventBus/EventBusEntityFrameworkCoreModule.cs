using FitSaaS.EventBus;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.EntityFrameworkCore.EventBus;

/// <summary>
/// The EventBus module on EF Core: the dead-letter repository (conventional registration of this folder) and the daily
/// inbox cleanup (<see cref="InboxCleanupJob"/>). Its model is part of the shared <see cref="FitSaaSDbContext"/>
/// (<see cref="EventBusDeadLetterModelBuilderExtensions"/>); the outbox and inbox themselves are the kit's
/// (<c>AddFitSaaSDbContext</c>).
/// </summary>
[DependsOn(typeof(EventBusDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class EventBusEntityFrameworkCoreModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddBackgroundJob<InboxCleanupJob, InboxCleanupArgs>();
        context.Services.AddRecurringJob(InboxCleanupJob.ScheduleName, InboxCleanupJob.Cron, new InboxCleanupArgs());
    }
}
