namespace FitSaaS.Bookings;

/// <summary>What a check-in token names (<see cref="CheckInTokenProtector"/>).</summary>
/// <param name="TenantId">The gym (null = host).</param>
/// <param name="BookingId">The booking.</param>
/// <param name="ClassSessionId">The session it is valid for.</param>
/// <param name="MemberId">The member it belongs to.</param>
public sealed record CheckInTokenPayload(Guid? TenantId, Guid BookingId, Guid ClassSessionId, Guid MemberId);
