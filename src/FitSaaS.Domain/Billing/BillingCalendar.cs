using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Billing;

/// <summary>
/// The tenant's billing calendar and currency: its IANA zone (Bookings' <see cref="BookingsSettingNames.DefaultTimeZone"/>,
/// where memberships count their days) and its ISO 4217 currency (<see cref="BillingSettingNames.Currency"/>).
/// </summary>
public sealed class BillingCalendar(ISettingProvider settings) : ITransientDependency
{
    /// <summary>The tenant's zone (an IANA id; <c>UTC</c> when unset or unknown).</summary>
    public async Task<string> GetTimeZoneIdAsync()
    {
        var zone = await settings.GetOrNullAsync(BookingsSettingNames.DefaultTimeZone);
        try
        {
            return Location.FindTimeZone(zone).Id;
        }
        catch (FitSaaS.Framework.Exceptions.BusinessException)
        {
            return "UTC";
        }
    }

    /// <summary>The tenant's currency.</summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.BusinessException"><see cref="BillingErrorCodes.UnknownCurrency"/> when the setting holds an unknown code.</exception>
    public async Task<string> GetCurrencyAsync()
    {
        var currency = (await settings.GetOrNullAsync(BillingSettingNames.Currency))?.Trim().ToUpperInvariant() ?? "USD";
        Iso4217.GetMinorUnits(currency);
        return currency;
    }

    /// <summary>The calendar date in <paramref name="timeZoneId"/> at <paramref name="utc"/>.</summary>
    public static DateOnly ToLocalDate(DateTime utc, string timeZoneId) => Location.ToLocalDate(utc, timeZoneId);

    /// <summary>The instant a local date starts (midnight, or the first instant after a gap) in <paramref name="timeZoneId"/>.</summary>
    public static DateTime StartOfDayUtc(DateOnly date, string timeZoneId) => Location.ToUtc(date.ToDateTime(TimeOnly.MinValue), timeZoneId);
}
