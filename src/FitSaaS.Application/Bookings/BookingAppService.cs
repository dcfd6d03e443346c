using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="IBookingAppService"/>
[Authorize(BookingsPermissions.Bookings.Default)]
public sealed class BookingAppService(
    IBookingRepository bookings,
    IClassSessionRepository sessions,
    BookingManager bookingManager,
    BookingPolicyProvider policies,
    CheckInTokenProtector checkInTokens,
    ICurrentTenant currentTenant,
    IPermissionChecker permissionChecker,
    ICurrentUser currentUser,
    IUserLookupService users,
    TimeProvider clock,
    BookingsMetrics metrics,
    IUnitOfWorkManager unitOfWorkManager) : ApplicationService, IBookingAppService
{
    /// <inheritdoc/>
    public async Task<BookingDto> CreateAsync(CreateBookingDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = CurrentUserId();
        var memberId = input.MemberId ?? userId;
        var byStaff = memberId != userId;
        if (byStaff)
        {
            await EnsureCanManageAsync();
            if (await users.FindByIdAsync(memberId) is null)
            {
                throw new BusinessException(BookingsErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", memberId);
            }
        }

        var request = new BookingRequest(byStaff, byStaff ? input.Reason : null, input.Hold);
        var booking = await bookingManager.BookAsync(input.ClassSessionId, memberId, Now(), request);
        metrics.Created(booking.Status, unitOfWorkManager.Current);
        return booking.ToDto();
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<BookingDto>> GetListAsync(GetBookingListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = CurrentUserId();
        Guid? memberId = input.MemberId;
        if (!await CanManageAsync())
        {
            if (memberId is { } requested && requested != userId)
            {
                throw new AuthorizationException($"Permission '{BookingsPermissions.Bookings.Manage}' is required to list other members' bookings.")
                {
                    PermissionName = BookingsPermissions.Bookings.Manage,
                };
            }

            memberId = userId;
        }

        var (field, descending) = BookingsSorting.Parse(input);
        var (items, total) = await bookings.GetPagedListAsync(
            memberId, input.ClassSessionId, input.Status, UtcInstant.From(input.SessionStartsFromUtc), UtcInstant.From(input.SessionStartsBeforeUtc),
            field, descending, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<BookingDto>(total, items.Select(b => b.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<BookingDto> GetAsync(Guid id) => (await GetVisibleAsync(id)).ToDto();

    /// <inheritdoc/>
    public async Task<BookingDto> CancelAsync(Guid id, CancelBookingDto? input = null)
    {
        var booking = await GetVisibleAsync(id);

        // Another member's booking is visible only to staff (Manage): theirs is a staff cancellation, with a reason.
        var byStaff = booking.MemberId != CurrentUserId();
        if (await bookingManager.CancelAsync(booking, Now(), new BookingRequest(byStaff, byStaff ? input?.Reason : null)))
        {
            metrics.Cancelled(unitOfWorkManager.Current);
        }

        return booking.ToDto();
    }

    /// <inheritdoc/>
    public async Task<BookingDto> ConfirmAsync(Guid id)
    {
        var booking = await GetVisibleAsync(id);
        return (await bookingManager.ConfirmHoldAsync(booking, Now())).ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.Bookings.Manage)]
    public async Task<CheckInResultDto> CheckInAsync(Guid id, CheckInBookingDto? input = null)
    {
        var booking = await bookings.GetAsync(id);
        var checkedIn = await bookingManager.CheckInAsync(booking, Now(), new BookingRequest(ByStaff: true, input?.Reason));
        return new CheckInResultDto { Booking = booking.ToDto(), AlreadyCheckedIn = !checkedIn };
    }

    /// <inheritdoc/>
    public async Task<CheckInTokenDto> GetCheckInTokenAsync(Guid id)
    {
        var booking = await GetVisibleAsync(id);
        if (booking.Status is not (BookingStatus.Confirmed or BookingStatus.CheckedIn))
        {
            throw new BusinessException(BookingsErrorCodes.InvalidBookingStatus, $"A booking that is {booking.Status} has no check-in token.")
                .WithData("status", booking.Status.ToString())
                .WithData("action", "check-in");
        }

        var session = await sessions.GetAsync(booking.ClassSessionId);
        var policy = await policies.GetAsync(session);
        return new CheckInTokenDto
        {
            Token = checkInTokens.Protect(booking, session),
            BookingId = booking.Id,
            ClassSessionId = session.Id,
            CheckInOpensAtUtc = policy.CheckInOpensAtUtc(session),
            CheckInClosesAtUtc = policy.CheckInClosesAtUtc(session),
        };
    }

    /// <inheritdoc/>
    public async Task<CheckInResultDto> CheckInWithTokenAsync(CheckInWithTokenDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payload = checkInTokens.Unprotect(input.Token);

        // A member checks in their own booking only; a staff kiosk (Manage) any member's. Any mismatch is one answer.
        if (payload is null || payload.TenantId != currentTenant.Id || payload.ClassSessionId != input.ClassSessionId ||
            (payload.MemberId != CurrentUserId() && !await CanManageAsync()))
        {
            throw InvalidToken(input.ClassSessionId);
        }

        var booking = await bookings.FindAsync(payload.BookingId);
        if (booking is null || booking.MemberId != payload.MemberId || booking.ClassSessionId != payload.ClassSessionId)
        {
            throw InvalidToken(input.ClassSessionId);
        }

        var checkedIn = await bookingManager.CheckInAsync(booking, Now());
        return new CheckInResultDto { Booking = booking.ToDto(), AlreadyCheckedIn = !checkedIn };
    }

    /// <summary>The booking if it is the caller's own or the caller manages bookings; otherwise it does not exist for them.</summary>
    private async Task<Booking> GetVisibleAsync(Guid id)
    {
        var booking = await bookings.GetAsync(id);
        if (booking.MemberId != CurrentUserId() && !await CanManageAsync())
        {
            throw new EntityNotFoundException(typeof(Booking), id);
        }

        return booking;
    }

    private static BusinessException InvalidToken(Guid classSessionId) =>
        new BusinessException(BookingsErrorCodes.InvalidCheckInToken, "The check-in token is not valid for this session.")
            .WithData("classSessionId", classSessionId);

    private Task<bool> CanManageAsync() => permissionChecker.IsGrantedAsync(BookingsPermissions.Bookings.Manage);

    private async Task EnsureCanManageAsync()
    {
        if (!await CanManageAsync())
        {
            throw new AuthorizationException($"Permission '{BookingsPermissions.Bookings.Manage}' is required to book for another member.")
            {
                PermissionName = BookingsPermissions.Bookings.Manage,
            };
        }
    }

    private Guid CurrentUserId() =>
        currentUser.Id ?? throw new AuthorizationException("Bookings are made by a signed-in user.");

    /// <summary>The current instant truncated to whole microseconds, the precision PostgreSQL stores, so responses match later reads.</summary>
    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
