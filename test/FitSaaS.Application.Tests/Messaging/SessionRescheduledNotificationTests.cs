using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Bookings;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>
/// Staff move a booked session (<c>PUT /api/bookings/class-sessions/{id}</c>), and move it back: each move's
/// <c>Bookings.ClassSessionRescheduled.v1</c> from the outbox, handled by the notifications pipeline (twice, as a
/// redelivery would), tells each member once per move.
/// </summary>
public abstract class SessionRescheduledNotificationTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : SessionRescheduledNotificationTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : SessionRescheduledNotificationTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _bookings = new(fixture);

    [Fact]
    public async Task StaffMoveABookedSessionAndBack_EachMemberIsToldOncePerMove()
    {
        var at = DateTime.UtcNow.AddDays(2);
        var start = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var gym = await _bookings.CreateGymAsync(capacity: 5, startsAtUtc: start);
        var members = await _bookings.CreateBookedMembersAsync(gym, 2);

        await MoveAsync(gym, start.AddHours(1));
        await DeliverAsync(gym);
        await MoveAsync(gym, start); // back to where it was: news again
        await DeliverAsync(gym);
        await DeliverAsync(gym); // every event once more

        foreach (var member in members)
        {
            var told = (await NotificationsAsync(gym.Tenant.Id, member)).Where(n => n.Kind == NotificationKind.SessionRescheduled).ToList();
            told.Count.ShouldBe(2);
            told.ShouldAllBe(n => n.LinkEntityType == "ClassSession" && n.LinkEntityId == gym.Session.Id);
        }
    }

    private Task<ClassSessionDto> MoveAsync(Gym gym, DateTime startsAtUtc) =>
        _bookings.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(gym.Session.Id, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = startsAtUtc, DurationMinutes = 60, Capacity = 5,
        }));

    // Every reschedule event in the gym's outbox, handled by the notifications pipeline as the bus would deliver them.
    private async Task DeliverAsync(Gym gym)
    {
        foreach (var eto in await OutboxEvents.ReadAsync<ClassSessionRescheduledEto>(fixture, gym.Tenant.Id, "Bookings.ClassSessionRescheduled.v1"))
        {
            using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
            await using var scope = fixture.CreateScope();
            var handler = scope.ServiceProvider.GetServices<IDistributedEventHandler<ClassSessionRescheduledEto>>().Single(h => h is NotificationEventHandler);
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
            await handler.HandleEventAsync(eto);
            await unitOfWork.CompleteAsync();
        }
    }

    private async Task<IReadOnlyList<NotificationDto>> NotificationsAsync(Guid tenantId, Guid member)
    {
        using var _ = fixture.RunAs(tenantId, member, "test-user", IdentityConsts.MemberRole);
        await using var scope = fixture.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<INotificationAppService>().GetListAsync(new GetMyNotificationsInput { MaxResultCount = 50 })).Items;
    }
}
