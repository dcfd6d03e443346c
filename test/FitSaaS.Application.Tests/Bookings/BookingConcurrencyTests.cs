using System.Collections.Concurrent;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
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
    public async Task CreateAsync_TwoHundredParallelMembersForTenSeats_ConfirmsTenAndWaitlistsTheRestThenPromotesFifo()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Assert.Skip("Row-lock concurrency is proven on PostgreSQL (FitSaaS_Test__Database=PostgreSql); SQLite serializes all writers.");
        }

        var gym = await _scenario.CreateGymAsync(capacity: 10);
        var members = await CreateMembersInParallelAsync(gym.Tenant, 200);

        var booked = await RunInParallelAsync(members, member => _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));

        booked.Count(b => b.Status == BookingStatus.Confirmed).ShouldBe(10);
        booked.Count(b => b.Status == BookingStatus.Waitlisted).ShouldBe(190);
        booked.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.WaitlistPosition!.Value).Order().ShouldBe(Enumerable.Range(1, 190));
        await AssertConsistentAsync(gym, confirmed: 10, waitlisted: 190);

        var toCancel = booked.Where(b => b.Status == BookingStatus.Confirmed).Take(5).ToList();
        var nextInLine = booked.Where(b => b.WaitlistPosition is >= 1 and <= 5).Select(b => b.Id).ToHashSet();
        var cancelled = await RunInParallelAsync(toCancel, b => _scenario.CancelAsync(gym.Tenant, b.MemberId, b.Id));

        cancelled.ShouldAllBe(b => b.Status == BookingStatus.Cancelled);
        var all = await AssertConsistentAsync(gym, confirmed: 10, waitlisted: 185);
        var promoted = all.Where(b => b.PromotedAtUtc is not null).ToList();
        promoted.Count.ShouldBe(5);
        promoted.ShouldAllBe(b => b.Status == BookingStatus.Confirmed);
        promoted.Select(b => b.Id).ToHashSet().SetEquals(nextInLine).ShouldBeTrue();
        all.Count(b => b.Status == BookingStatus.Cancelled).ShouldBe(5);
    }

    [Fact]
    public async Task CreateAsync_ParallelRequestsForFewSeats_NeverOverbooks()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 3);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 12);

        var booked = await RunInParallelAsync(members, member => _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));

        booked.Count(b => b.Status == BookingStatus.Confirmed).ShouldBe(3);
        booked.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.WaitlistPosition!.Value).Order().ShouldBe(Enumerable.Range(1, 9));
        await AssertConsistentAsync(gym, confirmed: 3, waitlisted: 9);
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
        await AssertConsistentAsync(gym, confirmed: 1, waitlisted: 0);
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

    /// <summary>Checks the counters against the bookings and the positions 1..n; returns every booking of the session.</summary>
    private async Task<List<BookingDto>> AssertConsistentAsync(Gym gym, int confirmed, int waitlisted)
    {
        var all = await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, s => s.GetListAsync(
            new GetBookingListInput { ClassSessionId = gym.Session.Id, MaxResultCount = PagedResultRequestDto.MaxMaxResultCount }));
        var session = await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id);
        var items = all.Items.ToList();
        items.Count(b => b.Status == BookingStatus.Confirmed).ShouldBe(confirmed);
        items.Count(b => b.Status == BookingStatus.Waitlisted).ShouldBe(waitlisted);
        items.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.WaitlistPosition!.Value).Order().ShouldBe(Enumerable.Range(1, waitlisted));
        items.GroupBy(b => b.MemberId).ShouldAllBe(g => g.Count(b => b.Status != BookingStatus.Cancelled) <= 1);
        session.ConfirmedCount.ShouldBe(confirmed);
        session.WaitlistCount.ShouldBe(waitlisted);
        return items;
    }
}
