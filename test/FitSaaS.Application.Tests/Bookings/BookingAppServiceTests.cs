using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class BookingAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_BeyondCapacity_ConfirmsThenWaitlistsWithPositions()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 2);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 4);

        var bookings = new List<BookingDto>();
        foreach (var member in members)
        {
            bookings.Add(await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));
        }

        bookings.Select(b => b.Status).ShouldBe(
            [BookingStatus.Confirmed, BookingStatus.Confirmed, BookingStatus.Waitlisted, BookingStatus.Waitlisted]);
        bookings.Select(b => b.WaitlistPosition).ShouldBe([null, null, 1, 2]);
        bookings.Select(b => b.MemberId).ShouldBe(members);
        var session = await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id);
        session.ConfirmedCount.ShouldBe(2);
        session.WaitlistCount.ShouldBe(2);
        session.AvailableSeats.ShouldBe(0);
    }

    [Fact]
    public async Task CancelAsync_ConfirmedBooking_PromotesTheFirstWaitlistedFifo()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 4);
        var bookings = new List<BookingDto>();
        foreach (var member in members)
        {
            bookings.Add(await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));
        }

        var cancelled = await _scenario.CancelAsync(gym.Tenant, members[0], bookings[0].Id);

        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
        cancelled.CancelledAtUtc.ShouldNotBeNull();
        var promoted = await _scenario.AsMemberAsync<IBookingAppService, BookingDto>(gym.Tenant, members[1], s => s.GetAsync(bookings[1].Id));
        promoted.Status.ShouldBe(BookingStatus.Confirmed);
        promoted.WaitlistPosition.ShouldBeNull();
        promoted.PromotedAtUtc.ShouldNotBeNull();
        var third = await _scenario.AsMemberAsync<IBookingAppService, BookingDto>(gym.Tenant, members[2], s => s.GetAsync(bookings[2].Id));
        var fourth = await _scenario.AsMemberAsync<IBookingAppService, BookingDto>(gym.Tenant, members[3], s => s.GetAsync(bookings[3].Id));
        third.WaitlistPosition.ShouldBe(1);
        fourth.WaitlistPosition.ShouldBe(2);
        var session = await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id);
        session.ConfirmedCount.ShouldBe(1);
        session.WaitlistCount.ShouldBe(2);
    }

    [Fact]
    public async Task CancelAsync_WaitlistedBooking_MovesThoseBehindUpWithoutPromoting()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 4);
        var bookings = new List<BookingDto>();
        foreach (var member in members)
        {
            bookings.Add(await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));
        }

        await _scenario.CancelAsync(gym.Tenant, members[1], bookings[1].Id);

        var roster = await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionRosterDto>(gym.Tenant, s => s.GetRosterAsync(gym.Session.Id));
        roster.Confirmed.ShouldHaveSingleItem().BookingId.ShouldBe(bookings[0].Id);
        roster.Waitlisted.Select(e => (e.BookingId, e.WaitlistPosition)).ShouldBe([(bookings[2].Id, (int?)1), (bookings[3].Id, (int?)2)]);
        roster.ClassSession.WaitlistCount.ShouldBe(2);
    }

    [Fact]
    public async Task CancelAsync_Twice_SecondCallChangesNothing()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 2);
        var first = await _scenario.BookAsync(gym.Tenant, members[0], gym.Session.Id);
        await _scenario.BookAsync(gym.Tenant, members[1], gym.Session.Id);
        var cancelled = await _scenario.CancelAsync(gym.Tenant, members[0], first.Id);

        var again = await _scenario.CancelAsync(gym.Tenant, members[0], first.Id);

        again.Status.ShouldBe(BookingStatus.Cancelled);
        again.CancelledAtUtc.ShouldBe(cancelled.CancelledAtUtc);
        var session = await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id);
        session.ConfirmedCount.ShouldBe(1);
        session.WaitlistCount.ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_SameMemberTwice_ThrowsAlreadyBooked()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));

        exception.Code.ShouldBe(BookingsErrorCodes.AlreadyBooked);
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task CreateAsync_AfterCancellingOwnBooking_BooksAgain()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var first = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
        await _scenario.CancelAsync(gym.Tenant, member, first.Id);

        var second = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        second.Id.ShouldNotBe(first.Id);
        second.Status.ShouldBe(BookingStatus.Confirmed);
        var mine = await _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant, member, s => s.GetListAsync(new GetBookingListInput()));
        mine.TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task InsertAndSaveAsync_DuplicateActiveBooking_IsRefusedByTheUniqueIndexAsAlreadyBooked()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        // Bypass BookingManager's check to prove the database's partial unique index is the last line of defence.
        var duplicate = new BookingBuilder().ForTenant(gym.Tenant.Id).ForSession(gym.Session.Id).ForMember(member).BuildConfirmed();
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var repository = scope.ServiceProvider.GetRequiredService<IBookingRepository>();

        var exception = await Should.ThrowAsync<BusinessException>(() => repository.InsertAndSaveAsync(duplicate));

        exception.Code.ShouldBe(BookingsErrorCodes.AlreadyBooked);
        exception.InnerException.ShouldNotBeNull();
    }

    [Fact]
    public async Task CreateAsync_SessionAlreadyStarted_ThrowsSessionStarted()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddMinutes(-10));
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));

        exception.Code.ShouldBe(BookingsErrorCodes.SessionStarted);
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_UnknownSession_ThrowsEntityNotFound()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        var act = () => _scenario.BookAsync(gym.Tenant, member, Guid.NewGuid());

        await Should.ThrowAsync<EntityNotFoundException>(act);
    }

    [Fact]
    public async Task CreateAsync_EmptySessionId_ThrowsValidation()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.BookAsync(gym.Tenant, member, Guid.Empty));

        exception.Errors.Keys.ShouldContain("classSessionId");
    }

    [Fact]
    public async Task GetListAsync_Member_SeesOnlyOwnBookings()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var members = await _scenario.CreateBookedMembersAsync(gym, 3);

        var page = await _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant, members[1], s => s.GetListAsync(new GetBookingListInput { ClassSessionId = gym.Session.Id }));

        page.TotalCount.ShouldBe(1);
        page.Items.ShouldHaveSingleItem().MemberId.ShouldBe(members[1]);
    }

    [Fact]
    public async Task GetListAsync_MemberAskingForAnotherMember_ThrowsAuthorization()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 2);

        var exception = await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant, members[0], s => s.GetListAsync(new GetBookingListInput { MemberId = members[1] })));

        exception.PermissionName.ShouldBe(BookingsPermissions.Bookings.Manage);
    }

    [Fact]
    public async Task GetListAsync_Staff_SeesEveryMembersBookingsAndFiltersByMember()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var members = await _scenario.CreateBookedMembersAsync(gym, 3);

        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, "frontdesk", IdentityConsts.StaffRole);

        var all = await _scenario.AsAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.GetListAsync(new GetBookingListInput { Sorting = "bookedAtUtc asc" }));
        var one = await _scenario.AsAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.GetListAsync(new GetBookingListInput { MemberId = members[2] }));

        all.TotalCount.ShouldBe(3);
        all.Items.Select(b => b.MemberId).ShouldBe(members);
        one.Items.ShouldHaveSingleItem().MemberId.ShouldBe(members[2]);
    }

    [Fact]
    public async Task GetListAsync_StatusAndSessionFilter_ReturnsOnlyThoseBookings()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var members = await _scenario.CreateBookedMembersAsync(gym, 3);

        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, "frontdesk", IdentityConsts.StaffRole);

        var waitlisted = await _scenario.AsAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant.Id, staff, IdentityConsts.StaffRole,
            s => s.GetListAsync(new GetBookingListInput { ClassSessionId = gym.Session.Id, Status = BookingStatus.Waitlisted, Sorting = "bookedAtUtc desc" }));
        var cancelled = await _scenario.AsAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant.Id, staff, IdentityConsts.StaffRole,
            s => s.GetListAsync(new GetBookingListInput { ClassSessionId = gym.Session.Id, Status = BookingStatus.Cancelled }));

        waitlisted.TotalCount.ShouldBe(2);
        waitlisted.Items.Select(b => b.MemberId).ShouldBe([members[2], members[1]]);
        waitlisted.Items.ShouldAllBe(b => b.Status == BookingStatus.Waitlisted && b.ClassSessionId == gym.Session.Id);
        waitlisted.Items.ShouldAllBe(b => b.BookedAtUtc.Kind == DateTimeKind.Utc);
        cancelled.TotalCount.ShouldBe(0);
        cancelled.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetListAsync_UnknownSortField_ThrowsValidation()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant, member, s => s.GetListAsync(new GetBookingListInput { Sorting = "memberId; drop table" })));

        exception.Errors.Keys.ShouldContain("sorting");
    }

    [Fact]
    public async Task GetAsync_AnotherMembersBooking_ThrowsEntityNotFound()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 2);
        var booking = await _scenario.BookAsync(gym.Tenant, members[0], gym.Session.Id);

        var act = () => _scenario.AsMemberAsync<IBookingAppService, BookingDto>(gym.Tenant, members[1], s => s.GetAsync(booking.Id));

        await Should.ThrowAsync<EntityNotFoundException>(act);
    }

    [Fact]
    public async Task CancelAsync_AnotherMembersBooking_ThrowsEntityNotFoundAndKeepsIt()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 2);
        var booking = await _scenario.BookAsync(gym.Tenant, members[0], gym.Session.Id);

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.CancelAsync(gym.Tenant, members[1], booking.Id));

        var unchanged = await _scenario.AsMemberAsync<IBookingAppService, BookingDto>(gym.Tenant, members[0], s => s.GetAsync(booking.Id));
        unchanged.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task CancelAsync_StaffCancelsAMembersBooking_Cancels()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var booking = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, "coach", IdentityConsts.StaffRole);

        var cancelled = await _scenario.AsAsync<IBookingAppService, BookingDto>(gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.CancelAsync(booking.Id, new CancelBookingDto { Reason = "Front desk: member called in sick" }));

        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_StaffForAMember_BooksForThatMember()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, "desk", IdentityConsts.StaffRole);

        var booking = await _scenario.AsAsync<IBookingAppService, BookingDto>(
            gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.CreateAsync(new CreateBookingDto { ClassSessionId = gym.Session.Id, MemberId = member }));

        booking.MemberId.ShouldBe(member);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task CreateAsync_StaffForAnUnknownMember_ThrowsMemberNotFound()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, "desk2", IdentityConsts.StaffRole);

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAsync<IBookingAppService, BookingDto>(
            gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.CreateAsync(new CreateBookingDto { ClassSessionId = gym.Session.Id, MemberId = Guid.NewGuid() })));

        exception.Code.ShouldBe(BookingsErrorCodes.MemberNotFound);
    }

    [Fact]
    public async Task CreateAsync_MemberForAnotherMember_ThrowsAuthorization()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 2);

        var exception = await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IBookingAppService, BookingDto>(
            gym.Tenant, members[0], s => s.CreateAsync(new CreateBookingDto { ClassSessionId = gym.Session.Id, MemberId = members[1] })));

        exception.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_Anonymous_ThrowsUnauthenticated()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        using var _ = fixture.RunAsAnonymous(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<IBookingAppService>();

        var exception = await Should.ThrowAsync<AuthorizationException>(() => service.CreateAsync(new CreateBookingDto { ClassSessionId = gym.Session.Id }));

        exception.Code.ShouldBe(AuthorizationException.UnauthenticatedCode);
    }
}
