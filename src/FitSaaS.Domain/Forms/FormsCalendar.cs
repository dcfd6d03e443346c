using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Forms;

/// <summary>
/// Ages in the tenant's calendar: today is the local date in the tenant's IANA zone (Bookings'
/// <see cref="BookingsSettingNames.DefaultTimeZone"/>, UTC when unset or unknown) and the age of majority is
/// <see cref="FormsSettingNames.AgeOfMajority"/> (default 18).
/// </summary>
public sealed class FormsCalendar(ISettingProvider settings, IMemberProfileRepository profiles) : ITransientDependency
{
    /// <summary>The oldest date of birth accepted: this many years back.</summary>
    public const int MaxAgeYears = 130;

    /// <summary>The tenant's zone (an IANA id; <c>UTC</c> when unset or unknown).</summary>
    public async Task<string> GetTimeZoneIdAsync()
    {
        var zone = await settings.GetOrNullAsync(BookingsSettingNames.DefaultTimeZone);
        try
        {
            return Location.FindTimeZone(zone).Id;
        }
        catch (BusinessException)
        {
            return "UTC";
        }
    }

    /// <summary>The local date in the tenant's zone at <paramref name="now"/> (UTC).</summary>
    public async Task<DateOnly> TodayAsync(DateTime now) => Location.ToLocalDate(now, await GetTimeZoneIdAsync());

    /// <summary>The age of majority in years (default 18; a setting that is not a whole number between 1 and 99 counts as 18).</summary>
    public async Task<int> GetAgeOfMajorityAsync()
    {
        var value = await settings.GetOrNullAsync(FormsSettingNames.AgeOfMajority);
        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var years) && years is > 0 and < 100
            ? years
            : 18;
    }

    /// <summary>Whole years between <paramref name="dateOfBirth"/> and <paramref name="today"/> (a 29 February birthday counts from 1 March in common years).</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        if (today.Month < dateOfBirth.Month || (today.Month == dateOfBirth.Month && today.Day < dateOfBirth.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>The age at the instant <paramref name="now"/> (UTC) on the local date in <paramref name="timeZoneId"/> (IANA).</summary>
    public static int AgeAt(DateOnly dateOfBirth, DateTime now, string timeZoneId) => AgeOn(dateOfBirth, Location.ToLocalDate(now, timeZoneId));

    /// <summary>
    /// The member's age on the tenant's local date at <paramref name="now"/>, or null when the date of birth is unknown.
    /// </summary>
    public async Task<int?> GetAgeAsync(Guid memberId, DateTime now, CancellationToken cancellationToken = default)
    {
        var profile = await profiles.FindByMemberAsync(memberId, cancellationToken);
        return profile?.DateOfBirth is { } dateOfBirth ? AgeAt(dateOfBirth, now, await GetTimeZoneIdAsync()) : null;
    }

    /// <summary>True when the member's date of birth is known and they are younger than the age of majority today (local date).</summary>
    public async Task<bool> IsMinorAsync(Guid memberId, DateTime now, CancellationToken cancellationToken = default) =>
        await GetAgeAsync(memberId, now, cancellationToken) is { } age && age < await GetAgeOfMajorityAsync();

    /// <summary>Checks a date of birth against today's local date.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.InvalidDateOfBirth"/>: in the future or more than <see cref="MaxAgeYears"/> years back.</exception>
    public async Task CheckDateOfBirthAsync(DateOnly dateOfBirth, DateTime now)
    {
        var today = await TodayAsync(now);
        if (dateOfBirth > today || dateOfBirth < today.AddYears(-MaxAgeYears))
        {
            throw new BusinessException(FormsErrorCodes.InvalidDateOfBirth, $"A date of birth is not in the future and at most {MaxAgeYears} years back.")
                .WithData("dateOfBirth", dateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
