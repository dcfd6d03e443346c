namespace FitSaaS.Bookings;

/// <summary>
/// The tenant's no-show strike rule (DOMAIN.md §2.6): <see cref="Limit"/> no-shows within <see cref="Window"/> restrict
/// self-booking for <see cref="Restriction"/> after the latest one's session. From <see cref="BookingsSettingNames.StrikeLimit"/>
/// (0 = off), <see cref="BookingsSettingNames.StrikeWindowDays"/> (at least 1 day) and
/// <see cref="BookingsSettingNames.StrikeRestrictionDays"/>.
/// </summary>
/// <param name="Limit">No-shows that restrict; 0 = the rule is off.</param>
/// <param name="Window">The span the no-shows are counted over, ending at the latest one.</param>
/// <param name="Restriction">How long the restriction lasts after the latest no-show's session.</param>
public sealed record BookingStrikeRule(int Limit, TimeSpan Window, TimeSpan Restriction)
{
    /// <summary>True when the rule restricts at all.</summary>
    public bool IsOn => Limit > 0;
}
