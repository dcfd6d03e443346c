using FitSaaS.Bookings;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.Messaging;

/// <summary>
/// Demo announcements for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>), after the Bookings and Billing
/// demo data: <see cref="DeliveredTitle"/> to every member, published a day ago and delivered (one receipt per member, the
/// batches' events published), and <see cref="ScheduledTitle"/> to the members of the <see cref="BookingsDemoDataSeedContributor.LocationName"/>
/// location, scheduled <see cref="ScheduledInDays"/> days ahead. Idempotent: nothing is done when the tenant already has an announcement.
/// </summary>
public sealed class AnnouncementsDemoDataSeedContributor(
    IAnnouncementRepository announcements,
    IAnnouncementAudienceResolver audiences,
    ILocationRepository locations,
    AnnouncementManager manager,
    TimeProvider timeProvider) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The delivered announcement's title.</summary>
    public const string DeliveredTitle = "Welcome to the new season";

    /// <summary>The scheduled announcement's title.</summary>
    public const string ScheduledTitle = "Downtown: new opening hours";

    /// <summary>Days ahead the scheduled announcement is published.</summary>
    public const int ScheduledInDays = 7;

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is null)
        {
            return;
        }

        var (_, total) = await announcements.GetPagedListAsync(null, null, 0, 1, cancellationToken);
        if (total > 0)
        {
            return;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var published = now.AddDays(-1);
        var welcome = await manager.CreateAsync(
            DeliveredTitle, "Our new season starts today: new classes, longer opening hours and a fresh programming cycle. See you on the floor!",
            AnnouncementAudienceKind.All, null, cancellationToken);
        var members = await audiences.GetUserIdsAsync(AnnouncementAudienceKind.All, null, now, cancellationToken);
        if (members.Count > 0)
        {
            welcome.Publish(published);
        }

        await announcements.InsertAsync(welcome, autoSave: true, cancellationToken);
        if (members.Count > 0)
        {
            // Batch by batch, each saved before the next reads who already has a receipt.
            bool more;
            do
            {
                more = await manager.DeliverNextBatchAsync(welcome, members, published, cancellationToken);
                await announcements.UpdateAsync(welcome, autoSave: true, cancellationToken);
            }
            while (more);
        }

        if (await locations.FindByNameAsync(BookingsDemoDataSeedContributor.LocationName, cancellationToken) is { } downtown)
        {
            var hours = await manager.CreateAsync(
                ScheduledTitle, "From next week Downtown opens at 6:00 on weekdays and stays open until 21:00.",
                AnnouncementAudienceKind.Location, downtown.Id, cancellationToken);
            hours.Schedule(now.AddDays(ScheduledInDays), now);
            await announcements.InsertAsync(hours, autoSave: true, cancellationToken);
        }
    }
}
