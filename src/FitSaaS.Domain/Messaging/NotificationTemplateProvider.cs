using FitSaaS.Bookings;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Settings;
using NodaTime;

namespace FitSaaS.Messaging;

/// <summary>
/// The current gym's notification languages and templates (ADR 0064): the offered languages from
/// <see cref="MessagingSettingNames.Languages"/> (read tolerantly) and the gym's overrides, one read per call.
/// </summary>
public sealed class NotificationTemplateProvider(INotificationTemplateOverrideRepository overrides, ISettingProvider settings) : IDomainService
{
    /// <summary>The languages the gym offers, its default first (at least one; <c>[en]</c> by default).</summary>
    public async Task<IReadOnlyList<string>> GetLanguagesAsync() =>
        NotificationLanguages.Parse(await settings.GetOrNullAsync(MessagingSettingNames.Languages));

    /// <summary>The templates of <paramref name="kind"/>: the offered languages and the kind's overrides, read once.</summary>
    public async Task<NotificationTemplateSet> GetSetAsync(NotificationKind kind, CancellationToken cancellationToken = default)
    {
        var languages = await GetLanguagesAsync();
        var own = await overrides.GetListByKindAsync(kind, cancellationToken);
        return new NotificationTemplateSet(kind, languages, own.ToDictionary(o => o.Language, o => o.ToTemplate(), StringComparer.Ordinal));
    }

    /// <summary>The templates of every kind, in <see cref="NotificationKind"/> order, from one read of the overrides.</summary>
    public async Task<IReadOnlyList<NotificationTemplateSet>> GetAllSetsAsync(CancellationToken cancellationToken = default)
    {
        var languages = await GetLanguagesAsync();
        var own = (await overrides.GetAllAsync(cancellationToken)).ToLookup(o => o.Kind);
        return Enum.GetValues<NotificationKind>()
            .Select(kind => new NotificationTemplateSet(kind, languages, own[kind].ToDictionary(o => o.Language, o => o.ToTemplate(), StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>The gym's IANA zone (the Bookings default time zone), else <c>UTC</c>; previews render in it.</summary>
    public async Task<string> GetGymTimeZoneAsync()
    {
        var zone = await settings.GetOrNullAsync(BookingsSettingNames.DefaultTimeZone);
        return zone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null ? zone : "UTC";
    }
}
