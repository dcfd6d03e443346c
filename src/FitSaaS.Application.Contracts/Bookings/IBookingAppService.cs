using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>
/// Members book, hold, cancel and check in to class sessions; staff do it for them: <c>/api/bookings/bookings</c>. Every
/// change follows the lifecycle of <see cref="BookingStatus"/> and the session's booking policy (<see cref="BookingPolicyDto"/>).
/// </summary>
public interface IBookingAppService : IApplicationService
{
    /// <summary>
    /// Books a session: confirmed (or pending, asked as a hold) while seats are free, otherwise waitlisted with a position.
    /// A member's booking window, limits and no-show restriction apply; staff booking another member override them by
    /// giving a reason (a walk-in, until the session ends).
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such session.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:AlreadyBooked</c>, <c>Bookings:SessionFull</c> (full and no waitlist), <c>Bookings:WaitlistFull</c>,
    /// <c>Bookings:SessionStarted</c>, <c>Bookings:SessionCancelled</c>, <c>Bookings:BookingNotOpen</c>,
    /// <c>Bookings:BookingClosed</c>, <c>Bookings:BookingLimitReached</c>, <c>Bookings:MemberRestricted</c>,
    /// <c>Bookings:MemberNotFound</c>, and the codes of other modules' booking guards.
    /// </exception>
    Task<BookingDto> CreateAsync(CreateBookingDto input);

    /// <summary>The current member's bookings (upcoming and history); staff with <c>Bookings.Manage</c> see everyone's.</summary>
    Task<PagedResultDto<BookingDto>> GetListAsync(GetBookingListInput input);

    /// <summary>One booking: one's own, or any with <c>Bookings.Manage</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another tenant's or another member's.</exception>
    Task<BookingDto> GetAsync(Guid id);

    /// <summary>
    /// Cancels a booking (one's own, or any with <c>Bookings.Manage</c>): <c>POST /api/bookings/bookings/{id}/cancel</c>, the
    /// body optional (<see cref="CancelBookingDto"/>).
    /// A member's cancellation is free until the policy's free limit, <c>LateCancelled</c> until its cut-off, refused after;
    /// staff cancel a member's booking without penalty, with a reason. A freed seat goes to the first eligible waitlisted
    /// booking in the same transaction (until the waitlist cut-off). Cancelling twice is harmless.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another tenant's or another member's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:SessionStarted</c>, <c>Bookings:CancellationWindowClosed</c>, <c>Bookings:ReasonRequired</c>, <c>Bookings:InvalidBookingStatus</c>.
    /// </exception>
    Task<BookingDto> CancelAsync(Guid id, CancelBookingDto? input = null);

    /// <summary>
    /// Confirms a pending hold once its payment completed: <c>POST /api/bookings/bookings/{id}/confirm</c>. Idempotent: a
    /// confirmed booking is returned unchanged.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another tenant's or another member's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Bookings:HoldExpired</c>, <c>Bookings:BookingNotPending</c>.</exception>
    Task<BookingDto> ConfirmAsync(Guid id);

    /// <summary>
    /// Staff check a member in from the roster (<c>Bookings.Manage</c>): <c>POST /api/bookings/bookings/{id}/check-in</c>.
    /// A confirmed booking from the opening of the check-in window until the session ends; a waitlisted walk-in takes a
    /// free seat; a no-show is reversed (late check-in) until its penalties apply. A repeat answers "already checked in".
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:CheckInWindowClosed</c>, <c>Bookings:SessionFull</c>, <c>Bookings:NoShowFinal</c>, <c>Bookings:InvalidBookingStatus</c>.
    /// </exception>
    Task<CheckInResultDto> CheckInAsync(Guid id, CheckInBookingDto? input = null);

    /// <summary>
    /// The member's personal check-in token for their booking (<c>GET /api/bookings/bookings/{id}/check-in-token</c>), to
    /// show as a QR code; valid for that session only, inside its check-in window, once.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another tenant's or another member's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Bookings:InvalidBookingStatus</c> (not confirmed or checked in).</exception>
    Task<CheckInTokenDto> GetCheckInTokenAsync(Guid id);

    /// <summary>
    /// Checks in with a token (<c>POST /api/bookings/bookings/check-in-with-token</c>): the member's own token on their
    /// phone, or any member's at a staff kiosk (<c>Bookings.Manage</c>), inside the check-in window. A repeat answers
    /// "already checked in".
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:InvalidCheckInToken</c> (unreadable, expired, or of another session, member or gym; nothing changes),
    /// <c>Bookings:CheckInWindowClosed</c>, <c>Bookings:InvalidBookingStatus</c>.
    /// </exception>
    Task<CheckInResultDto> CheckInWithTokenAsync(CheckInWithTokenDto input);
}
