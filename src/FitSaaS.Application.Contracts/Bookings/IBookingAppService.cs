using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>Members book and cancel class sessions: <c>/api/bookings/bookings</c>.</summary>
public interface IBookingAppService : IApplicationService
{
    /// <summary>Books a session: confirmed while seats are free, otherwise waitlisted with a position.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such session.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <see cref="BookingsErrorCodes.AlreadyBooked"/>, <see cref="BookingsErrorCodes.SessionFull"/> (full and no waitlist),
    /// <see cref="BookingsErrorCodes.SessionStarted"/>, <see cref="BookingsErrorCodes.MemberNotFound"/>.
    /// </exception>
    Task<BookingDto> CreateAsync(CreateBookingDto input);

    /// <summary>The current member's bookings; staff with <c>Bookings.Manage</c> see everyone's.</summary>
    Task<PagedResultDto<BookingDto>> GetListAsync(GetBookingListInput input);

    /// <summary>One booking: one's own, or any with <c>Bookings.Manage</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another tenant's or another member's.</exception>
    Task<BookingDto> GetAsync(Guid id);

    /// <summary>
    /// Cancels a booking (one's own, or any with <c>Bookings.Manage</c>): <c>POST /api/bookings/bookings/{id}/cancel</c>.
    /// A freed seat goes to the first waitlisted booking in the same transaction. Cancelling twice is harmless.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another tenant's or another member's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Bookings:SessionStarted</c>.</exception>
    Task<BookingDto> CancelAsync(Guid id);
}
