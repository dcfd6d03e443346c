using FitSaaS.Framework.Settings;

namespace FitSaaS.Bookings;

/// <summary>Defines the Bookings settings.</summary>
public sealed class BookingsSettingDefinitionProvider : SettingDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(ISettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add(
            new SettingDefinition(
                BookingsSettingNames.DefaultTimeZone,
                "UTC",
                "Default time zone",
                isVisibleToClients: true,
                providers: [SettingProviderNames.User, SettingProviderNames.Tenant, SettingProviderNames.Global]),
            new SettingDefinition(
                BookingsSettingNames.CancellationCutoffMinutes,
                "0",
                "Cancellation cut-off (minutes before start)",
                isVisibleToClients: true),
            Policy(BookingsSettingNames.FreeCancellationMinutes, "0", "Free cancellation until (minutes before start)"),
            Policy(BookingsSettingNames.BookingOpensMinutes, "0", "Booking opens (minutes before start; 0 = always)"),
            Policy(BookingsSettingNames.BookingClosesMinutes, "0", "Booking closes (minutes before start; negative = after)"),
            Policy(BookingsSettingNames.MaxBookingsPerDay, "0", "Bookings per member per day (0 = no limit)"),
            Policy(BookingsSettingNames.MaxBookingsPerWeek, "0", "Bookings per member per week (0 = no limit)"),
            Policy(BookingsSettingNames.MaxUpcomingBookings, "0", "Upcoming bookings per member (0 = no limit)"),
            Policy(BookingsSettingNames.WaitlistCutoffMinutes, "0", "Waitlist promotion until (minutes before start)"),
            Policy(BookingsSettingNames.WaitlistMaxSize, "0", "Waitlist size per session (0 = no limit)"),
            Policy(BookingsSettingNames.CheckInOpensMinutes, "30", "Check-in opens (minutes before start)"),
            Policy(BookingsSettingNames.CheckInClosesMinutes, "10", "Check-in closes (minutes after start)"),
            Policy(BookingsSettingNames.HoldMinutes, "10", "Pending hold (minutes)"),
            Policy(BookingsSettingNames.NoShowGraceMinutes, "120", "No-show sweep (minutes after end)"),
            Policy(BookingsSettingNames.ReminderLeadMinutes, "120", "Check-in reminder (minutes before start; 0 = off)"),
            Policy(BookingsSettingNames.NoShowReversalHours, "24", "No-show reversible for (hours)"),
            Policy(BookingsSettingNames.StrikeLimit, "0", "No-shows that restrict booking (0 = never)"),
            Policy(BookingsSettingNames.StrikeWindowDays, "30", "Strike window (days)"),
            Policy(BookingsSettingNames.StrikeRestrictionDays, "7", "Booking restriction (days)"),
            new SettingDefinition(
                BookingsSettingNames.CalendarFeedValidFromUtc,
                null,
                "Calendar feed tokens accepted from (UTC)",
                isVisibleToClients: false,
                providers: [SettingProviderNames.User]),
            new SettingDefinition(
                BookingsSettingNames.ScheduleHorizonDays,
                ClassScheduleConsts.DefaultHorizonDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Days of sessions generated ahead from class schedules",
                isVisibleToClients: false));
    }

    // A booking-policy setting: members' apps show the rules, so they are visible to clients; tenant or global.
    private static SettingDefinition Policy(string name, string defaultValue, string displayName) =>
        new(name, defaultValue, displayName, isVisibleToClients: true);
}
