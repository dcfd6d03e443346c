namespace FitSaaS.Bookings;

/// <summary>What a member's calendar feed token carries (protected by <see cref="MemberCalendarFeedTokenProtector"/>).</summary>
/// <param name="TenantId">The member's tenant (null = host).</param>
/// <param name="MemberId">The member (a user id of the tenant).</param>
/// <param name="IssuedAtUtc">When it was issued (UTC); refused when before the member's <see cref="BookingsSettingNames.CalendarFeedValidFromUtc"/>.</param>
public sealed record MemberCalendarFeedToken(Guid? TenantId, Guid MemberId, DateTime IssuedAtUtc);
