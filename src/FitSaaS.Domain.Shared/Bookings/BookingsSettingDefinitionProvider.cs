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
}
