using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="IBookingAppService"/>
[Authorize(BookingsPermissions.Bookings.Default)]
public sealed class BookingAppService(
    IBookingRepository bookings,
    BookingManager bookingManager,
    IPermissionChecker permissionChecker,
    ICurrentUser currentUser,
    IUserLookupService users,
    ISettingProvider settings,
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
        if (memberId != userId)
        {
            await EnsureCanManageAsync();
            if (await users.FindByIdAsync(memberId) is null)
            {
                throw new BusinessException(BookingsErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", memberId);
            }
        }

        var booking = await bookingManager.BookAsync(input.ClassSessionId, memberId, Now());
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
            memberId, input.ClassSessionId, input.Status, field, descending, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<BookingDto>(total, items.Select(b => b.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<BookingDto> GetAsync(Guid id) => (await GetVisibleAsync(id)).ToDto();

    /// <inheritdoc/>
    public async Task<BookingDto> CancelAsync(Guid id)
    {
        var booking = await GetVisibleAsync(id);

        // Staff (Manage) may cancel up to the start; members only until the tenant's cut-off.
        var cutoff = await CanManageAsync()
            ? TimeSpan.Zero
            : TimeSpan.FromMinutes(Math.Max(0, await settings.GetAsync<int>(BookingsSettingNames.CancellationCutoffMinutes)));
        if (await bookingManager.CancelAsync(booking, Now(), cutoff))
        {
            metrics.Cancelled(unitOfWorkManager.Current);
        }

        return booking.ToDto();
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
