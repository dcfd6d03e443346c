using System.Text.Json;
using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Bookings;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>
/// The booking sweep's hold release run as the job engine runs it, on the lane's database: the recurring schedule
/// <see cref="BookingSweepJob.ScheduleName"/> names the job and its arguments, the job is resolved from the container under
/// that name in the tenant and executed inside the engine's transactional unit of work (as <c>BackgroundJobDispatcher</c>
/// does). An expired hold is released once — its seat freed or given to the waitlist, one event — however often and however
/// concurrently the job runs; a hold not yet expired stays.
/// </summary>
public abstract class BookingSweepJobTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingSweepJobTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingSweepJobTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private const string StatusChanged = "Bookings.BookingStatusChanged.v1";
    private const string Confirmed = "Bookings.BookingConfirmed.v1";

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task Job_ReleasesTheExpiredHold_FreesItsSeat_PublishesOneEvent_AndKeepsTheHoldNotYetExpired()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 2);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 3);
        var expired = await HoldPlacedAtAsync(gym, members[0], DateTime.UtcNow.AddMinutes(-11)); // 10 minutes' hold (the default): over a minute ago
        var fresh = await _scenario.AsMemberAsync<IBookingAppService, BookingDto>(
            gym.Tenant, members[1], s => s.CreateAsync(new CreateBookingDto { ClassSessionId = gym.Session.Id, Hold = true }));
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).AvailableSeats.ShouldBe(0);

        await RunSweepAsTheJobEngineDoesAsync(gym);

        var released = await GetBookingAsync(gym, expired);
        (released.Status, released.StaffReason, released.CancelledByStaff).ShouldBe((BookingStatus.Cancelled, BookingConsts.HoldExpiredReason, false));
        (await GetBookingAsync(gym, fresh.Id)).Status.ShouldBe(BookingStatus.Pending);
        var session = await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id);
        (session.ConfirmedCount, session.AvailableSeats).ShouldBe((1, 1));
        (await _scenario.BookAsync(gym.Tenant, members[2], gym.Session.Id)).Status.ShouldBe(BookingStatus.Confirmed); // the freed seat
        var eto = (await HoldReleasesAsync(gym)).ShouldHaveSingleItem();
        (eto.BookingId, eto.MemberUserId, eto.PreviousStatus, eto.Status, eto.ByStaff).ShouldBe((expired, members[0], (BookingStatus?)BookingStatus.Pending, BookingStatus.Cancelled, false));
    }

    [Fact]
    public async Task Job_TwiceInParallelThenAgain_ReleasesOnce_PromotesTheWaitlistOnce_OneEventEach()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 2);
        var expired = await HoldPlacedAtAsync(gym, members[0], DateTime.UtcNow.AddMinutes(-15));
        var waiting = await _scenario.BookAsync(gym.Tenant, members[1], gym.Session.Id);
        waiting.Status.ShouldBe(BookingStatus.Waitlisted);

        await Task.WhenAll(RunSweepAsTheJobEngineDoesAsync(gym), RunSweepAsTheJobEngineDoesAsync(gym));
        await RunSweepAsTheJobEngineDoesAsync(gym);

        (await GetBookingAsync(gym, expired)).Status.ShouldBe(BookingStatus.Cancelled);
        var promoted = await GetBookingAsync(gym, waiting.Id);
        (promoted.Status, promoted.WaitlistPosition, promoted.PromotedAtUtc is not null).ShouldBe((BookingStatus.Confirmed, (int?)null, true));
        var session = await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id);
        (session.ConfirmedCount, session.WaitlistCount).ShouldBe((1, 0));
        (await HoldReleasesAsync(gym)).ShouldHaveSingleItem().BookingId.ShouldBe(expired);
        (await OutboxEvents.ReadAsync<BookingConfirmedEto>(fixture, gym.Tenant.Id, Confirmed)).Where(e => e.WasPromoted)
            .ShouldHaveSingleItem().BookingId.ShouldBe(waiting.Id);
    }

    [Fact]
    public async Task Job_HoldNotYetExpired_StaysPending_AndNothingIsPublished()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var hold = await HoldPlacedAtAsync(gym, member, DateTime.UtcNow.AddMinutes(-9)); // a minute to go

        await RunSweepAsTheJobEngineDoesAsync(gym);

        var kept = await GetBookingAsync(gym, hold);
        (kept.Status, kept.HoldExpiresAtUtc > DateTime.UtcNow).ShouldBe((BookingStatus.Pending, true));
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).ConfirmedCount.ShouldBe(1);
        (await HoldReleasesAsync(gym)).ShouldBeEmpty();
    }

    // The engine's way (BackgroundJobDispatcher.RunInTenantAsync): the recurring schedule's job name and arguments, the job
    // resolved from the container under that name in the tenant, executed inside a transactional unit of work.
    private async Task RunSweepAsTheJobEngineDoesAsync(Gym gym)
    {
        var ct = TestContext.Current.CancellationToken;
        var options = fixture.Services.GetRequiredService<IOptions<BackgroundJobOptions>>().Value;
        var schedule = options.RecurringJobs[BookingSweepJob.ScheduleName];
        schedule.ForEveryTenant.ShouldBeTrue();
        var registration = options.Jobs[schedule.JobName];
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var arguments = JsonSerializer.Deserialize(schedule.ArgumentsJson, registration.ArgsType, BackgroundJobJson.Options).ShouldBeOfType<BookingSweepArgs>();
        var job = scope.ServiceProvider.GetRequiredService(registration.JobType).ShouldBeOfType<BookingSweepJob>();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = true }, ct);
        await job.ExecuteAsync(arguments, ct);
        await unitOfWork.CompleteAsync(ct);
    }

    // A member's hold placed at a past instant (a checkout that was never completed), as the booking service places it.
    private async Task<Guid> HoldPlacedAtAsync(Gym gym, Guid member, DateTime placedAtUtc)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var hold = await scope.ServiceProvider.GetRequiredService<BookingManager>().BookAsync(
            gym.Session.Id, member, placedAtUtc, new BookingRequest(Hold: true), TestContext.Current.CancellationToken);
        await unitOfWork.CompleteAsync();
        hold.Status.ShouldBe(BookingStatus.Pending);
        return hold.Id;
    }

    private Task<BookingDto> GetBookingAsync(Gym gym, Guid bookingId) =>
        _scenario.AsAdminAsync<IBookingAppService, BookingDto>(gym.Tenant, s => s.GetAsync(bookingId));

    // The hold releases in the tenant's outbox.
    private async Task<List<BookingStatusChangedEto>> HoldReleasesAsync(Gym gym) =>
        (await OutboxEvents.ReadAsync<BookingStatusChangedEto>(fixture, gym.Tenant.Id, StatusChanged))
            .Where(e => e.Reason == BookingConsts.HoldExpiredReason).ToList();
}
