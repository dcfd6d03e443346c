using System.Collections.Concurrent;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class BookingConcurrencyTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingConcurrencyTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingConcurrencyTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_TwoHundredParallelMembersForTenSeats_WithPendingHoldsInTheMix_FillsExactlyTheCapacityThenPromotesFifo()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Assert.Skip("Row-lock concurrency is proven on PostgreSQL (FitSaaS_Test__Database=PostgreSql); SQLite serializes all writers.");
        }

        var gym = await _scenario.CreateGymAsync(capacity: 10);
        var members = await CreateMembersInParallelAsync(gym.Tenant, 200);
        var holders = members.Where((_, i) => i % 10 == 0).ToHashSet();

        // One request in ten asks for a pending hold (a checkout in progress): a hold takes a seat like a confirmation.
        var booked = await RunInParallelAsync(members, member => _scenario.AsMemberAsync<IBookingAppService, BookingDto>(
            gym.Tenant, member, s => s.CreateAsync(new CreateBookingDto { ClassSessionId = gym.Session.Id, Hold = holders.Contains(member) })));

        booked.Count(b => b.Status is BookingStatus.Confirmed or BookingStatus.Pending).ShouldBe(10);
        booked.Count(b => b.Status == BookingStatus.Waitlisted).ShouldBe(190);
        booked.Where(b => b.Status == BookingStatus.Pending).ShouldAllBe(b => holders.Contains(b.MemberId) && b.HoldExpiresAtUtc != null);
        booked.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.WaitlistPosition!.Value).Order().ShouldBe(Enumerable.Range(1, 190));
        await AssertConsistentAsync(gym, seats: 10, waitlisted: 190);

        var toCancel = booked.Where(b => b.Status == BookingStatus.Confirmed).Take(5).ToList();
        var nextInLine = booked.Where(b => b.WaitlistPosition is >= 1 and <= 5).Select(b => b.Id).ToHashSet();
        var cancelled = await RunInParallelAsync(toCancel, b => _scenario.CancelAsync(gym.Tenant, b.MemberId, b.Id));

        cancelled.ShouldAllBe(b => b.Status == BookingStatus.Cancelled);
        var all = await AssertConsistentAsync(gym, seats: 10, waitlisted: 185);
        var promoted = all.Where(b => b.PromotedAtUtc is not null).ToList();
        promoted.Count.ShouldBe(5);
        promoted.ShouldAllBe(b => b.Status == BookingStatus.Confirmed);
        promoted.Select(b => b.Id).ToHashSet().SetEquals(nextInLine).ShouldBeTrue();

        // The holds expire unpaid: their seats go to the next in line, and exactly the capacity is confirmed.
        var pending = all.Count(b => b.Status == BookingStatus.Pending);
        await ReleaseHoldsAsync(gym, DateTime.UtcNow.AddMinutes(11));
        all = await AssertConsistentAsync(gym, seats: 10, waitlisted: 185 - pending);
        all.Count(b => b.Status == BookingStatus.Confirmed).ShouldBe(10);
        all.Count(b => b.Status == BookingStatus.Cancelled && b.StaffReason == BookingConsts.HoldExpiredReason).ShouldBe(pending);
    }

    [Fact]
    public async Task CreateAsync_ParallelRequestsForFewSeats_NeverOverbooks()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 3);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 12);

        var booked = await RunInParallelAsync(members, member => _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));

        booked.Count(b => b.Status == BookingStatus.Confirmed).ShouldBe(3);
        booked.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.WaitlistPosition!.Value).Order().ShouldBe(Enumerable.Range(1, 9));
        await AssertConsistentAsync(gym, seats: 3, waitlisted: 9);
    }

    [Fact]
    public async Task CreateAsync_SameMemberInParallel_BooksOnceAndRefusesTheRest()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 3);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var outcomes = new ConcurrentBag<string>();

        await RunInParallelAsync(Enumerable.Range(0, 8).ToList(), async _ =>
        {
            try
            {
                await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
                outcomes.Add("booked");
            }
            catch (Framework.Exceptions.BusinessException ex)
            {
                outcomes.Add(ex.Code);
            }

            return 0;
        });

        outcomes.Count(o => o == "booked").ShouldBe(1);
        outcomes.Count(o => o == BookingsErrorCodes.AlreadyBooked).ShouldBe(7);
        await AssertConsistentAsync(gym, seats: 1, waitlisted: 0);
    }

    private static async Task<List<TResult>> RunInParallelAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> call)
    {
        using var start = new ManualResetEventSlim(false);
        var tasks = items.Select(item => Task.Run(async () =>
        {
            start.Wait();
            return await call(item);
        })).ToList();
        start.Set();
        return [.. await Task.WhenAll(tasks)];
    }

    private async Task<List<Guid>> CreateMembersInParallelAsync(TestTenant tenant, int count)
    {
        var members = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            members.Add(await fixture.CreateUserAsync(tenant.Id, $"racer{i:D3}", IdentityConsts.MemberRole)));
        return [.. members];
    }

    // What the booking sweep does for the session at a later instant, in its own transaction.
    private async Task ReleaseHoldsAsync(Gym gym, DateTime now)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<BookingManager>().ReleaseExpiredHoldsAsync(gym.Session.Id, now, TestContext.Current.CancellationToken);
        await unitOfWork.CompleteAsync();
    }

    /// <summary>Checks the counters against the bookings and the positions 1..n; returns every booking of the session.</summary>
    private async Task<List<BookingDto>> AssertConsistentAsync(Gym gym, int seats, int waitlisted)
    {
        var all = await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, s => s.GetListAsync(
            new GetBookingListInput { ClassSessionId = gym.Session.Id, MaxResultCount = PagedResultRequestDto.MaxMaxResultCount }));
        var session = await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id);
        var items = all.Items.ToList();
        items.Count(b => b.Status is BookingStatus.Confirmed or BookingStatus.Pending).ShouldBe(seats);
        items.Count(b => b.Status == BookingStatus.Waitlisted).ShouldBe(waitlisted);
        items.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.WaitlistPosition!.Value).Order().ShouldBe(Enumerable.Range(1, waitlisted));
        items.GroupBy(b => b.MemberId).ShouldAllBe(g => g.Count(b => b.Status != BookingStatus.Cancelled) <= 1);
        session.ConfirmedCount.ShouldBe(seats);
        session.WaitlistCount.ShouldBe(waitlisted);
        return items;
    }
}
