using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>Staff cancel a session and run bulk actions over a date range (issue 14 §2), in-process and through the proxies.</summary>
public abstract class ClassSessionStaffActionTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ClassSessionStaffActionTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ClassSessionStaffActionTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CancelAsync_BookedSession_CancelsEveryBookingWithoutPenalty_AndStaysOnTheTimetableAsCancelled()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var members = await _scenario.CreateBookedMembersAsync(gym, 2);

        var cancelled = await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(
            gym.Tenant, s => s.CancelAsync(gym.Session.Id, new CancelClassSessionDto { Reason = "Coach ill" }));

        (cancelled.IsCancelled, cancelled.CancellationReason, cancelled.ConfirmedCount, cancelled.WaitlistCount).ShouldBe((true, "Coach ill", 0, 0));
        cancelled.CancelledAtUtc.ShouldNotBeNull();
        foreach (var member in members)
        {
            var mine = await _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, member, s => s.GetListAsync(new GetBookingListInput()));
            mine.Items.ShouldHaveSingleItem().Status.ShouldBe(BookingStatus.Cancelled);
        }

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, members[0], gym.Session.Id));
        ex.Code.ShouldBe(BookingsErrorCodes.SessionCancelled);
    }

    [Fact]
    public async Task BulkUpdateAsync_CapacityForAWeek_ChangesEverySessionButTheOneWithMoreConfirmed_AndReportsIt()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.Date.AddDays(3).AddHours(12));
        var others = new List<ClassSessionDto>();
        for (var day = 4; day <= 6; day++)
        {
            others.Add(await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
            {
                ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.Date.AddDays(day).AddHours(12), Capacity = 5,
            })));
        }

        await _scenario.CreateBookedMembersAsync(gym, 3);

        var result = await _scenario.AsAdminAsync<IClassSessionAppService, BulkClassSessionResultDto>(gym.Tenant, s => s.BulkUpdateAsync(new BulkUpdateClassSessionsDto
        {
            FromUtc = DateTime.UtcNow.Date.AddDays(3), ToUtc = DateTime.UtcNow.Date.AddDays(10), Action = ClassSessionBulkAction.ChangeCapacity, NewCapacity = 2,
        }));

        (result.SucceededCount, result.FailedCount).ShouldBe((3, 1));
        var failed = result.Items.Single(i => !i.Succeeded);
        (failed.ClassSessionId, failed.ErrorCode).ShouldBe((gym.Session.Id, BookingsErrorCodes.CapacityBelowConfirmed));
        result.Items.Select(i => i.StartsAtUtc).ShouldBeInOrder();
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).Capacity.ShouldBe(5);
        foreach (var other in others)
        {
            (await _scenario.GetSessionAsync(gym.Tenant, other.Id)).Capacity.ShouldBe(2);
        }
    }

    [Fact]
    public async Task BulkUpdateAsync_CancelAtOneLocation_CancelsOnlyThatLocationsSessionsInTheRange()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.Date.AddDays(2).AddHours(9));
        var elsewhere = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            gym.Tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Uptown", TimeZoneId = "America/New_York" }));
        var other = await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
        {
            ClassTypeId = gym.ClassType.Id, LocationId = elsewhere.Id, StartsAtUtc = DateTime.UtcNow.Date.AddDays(2).AddHours(9),
        }));

        var result = await _scenario.AsAdminAsync<IClassSessionAppService, BulkClassSessionResultDto>(gym.Tenant, s => s.BulkUpdateAsync(new BulkUpdateClassSessionsDto
        {
            FromUtc = DateTime.UtcNow.Date, ToUtc = DateTime.UtcNow.Date.AddDays(7), LocationId = gym.Location.Id,
            Action = ClassSessionBulkAction.Cancel, Reason = "Flooded",
        }));

        result.Items.ShouldHaveSingleItem().ClassSessionId.ShouldBe(gym.Session.Id);
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).CancellationReason.ShouldBe("Flooded");
        (await _scenario.GetSessionAsync(gym.Tenant, other.Id)).IsCancelled.ShouldBeFalse();
    }

    [Fact]
    public async Task BulkUpdateAsync_RangeEndingBeforeItStarts_IsAValidationError()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var ex = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsAdminAsync<IClassSessionAppService, BulkClassSessionResultDto>(
            gym.Tenant, s => s.BulkUpdateAsync(new BulkUpdateClassSessionsDto
            {
                FromUtc = DateTime.UtcNow, ToUtc = DateTime.UtcNow.AddDays(-1), Action = ClassSessionBulkAction.Cancel,
            })));

        ex.Errors.Keys.ShouldBe(["toUtc", "reason"], ignoreOrder: true);
    }

    [Fact]
    public async Task CancelAsync_AsMember_IsForbidden()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IClassSessionAppService, ClassSessionDto>(
            gym.Tenant, member, s => s.CancelAsync(gym.Session.Id, new CancelClassSessionDto { Reason = "No" })));
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).IsCancelled.ShouldBeFalse();
    }
}
