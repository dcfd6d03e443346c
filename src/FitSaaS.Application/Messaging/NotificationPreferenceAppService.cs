using System.Globalization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Messaging;

/// <inheritdoc cref="INotificationPreferenceAppService"/>
[Authorize(MessagingPermissions.Notifications.Default)]
[RequiresFeature(MessagingFeatures.Enabled)]
public sealed class NotificationPreferenceAppService(
    INotificationPreferenceRepository preferences,
    NotificationTemplateProvider templates,
    IUserLookupService users,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IGuidGenerator guidGenerator) : Framework.Application.ApplicationService, INotificationPreferenceAppService
{
    /// <inheritdoc/>
    public async Task<NotificationPreferenceDto> GetMineAsync()
    {
        var me = Me();
        return (await preferences.FindByUserAsync(me)).ToDto(me, await templates.GetLanguagesAsync());
    }

    /// <inheritdoc/>
    public async Task<NotificationPreferenceDto> UpdateMineAsync(UpdateNotificationPreferenceDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = Me();
        string? zone = null;
        if (!string.IsNullOrWhiteSpace(input.TimeZoneId))
        {
            zone = NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(input.TimeZoneId.Trim())?.Id
                ?? throw new BusinessException(MessagingErrorCodes.InvalidTimeZone, $"'{input.TimeZoneId}' is not a known IANA time zone.")
                    .WithData("timeZoneId", input.TimeZoneId);
        }

        var offered = await templates.GetLanguagesAsync();
        var language = string.IsNullOrWhiteSpace(input.Language) ? null : NotificationLanguages.Normalize(input.Language) ?? input.Language.Trim();
        if (language is not null && !offered.Contains(language))
        {
            throw new BusinessException(MessagingErrorCodes.UnsupportedLanguage, $"'{input.Language}' is not a language the gym offers.")
                .WithData("language", input.Language);
        }

        var preference = await preferences.FindByUserAsync(me);
        var isNew = preference is null;
        preference ??= new NotificationPreference(guidGenerator.Create(), currentTenant.Id, me);
        preference.Change(input.EmailOptOuts, ParseTime(input.QuietHoursStart), ParseTime(input.QuietHoursEnd), zone, language);
        if (isNew)
        {
            await preferences.InsertAsync(preference, autoSave: true);
        }
        else
        {
            await preferences.UpdateAsync(preference, autoSave: true);
        }

        return preference.ToDto(me, offered);
    }

    /// <inheritdoc/>
    [Authorize(MessagingPermissions.Notifications.Manage)]
    public async Task<NotificationPreferenceDto> GetAsync(Guid id)
    {
        if (await users.FindByIdAsync(id) is null)
        {
            throw new EntityNotFoundException(typeof(NotificationPreference), id);
        }

        return (await preferences.FindByUserAsync(id)).ToDto(id, await templates.GetLanguagesAsync());
    }

    private static TimeOnly? ParseTime(string? value) =>
        string.IsNullOrEmpty(value) ? null : TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);

    private Guid Me() => currentUser.Id ?? throw new AuthorizationException("Notification preferences belong to a signed-in user.");
}
