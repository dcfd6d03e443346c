namespace FitSaaS.Bookings;

/// <summary>
/// The tenant's no-show strike rule (DOMAIN.md §2.6): <see cref="Limit"/> no-shows within <see cref="Window"/> restrict
/// self-booking for <see cref="Restriction"/> after the session of the one that reached it (see <see cref="BookingManager.GetRestrictionAsync"/>). From <see cref="BookingsSettingNames.StrikeLimit"/>
/// (0 = off), <see cref="BookingsSettingNames.StrikeWindowDays"/> (at least 1 day) and
/// <see cref="BookingsSettingNames.StrikeRestrictionDays"/>.
/// </summary>
/// <param name="Limit">No-shows that restrict; 0 = the rule is off.</param>
/// <param name="Window">The span the no-shows are counted over, ending with a no-show's session start (half-open: (start − window, start]).</param>
/// <param name="Restriction">How long the restriction lasts after the session of the no-show that reached the limit.</param>
public sealed record BookingStrikeRule(int Limit, TimeSpan Window, TimeSpan Restriction)
{
    /// <summary>True when the rule restricts at all.</summary>
    public bool IsOn => Limit > 0;
}
