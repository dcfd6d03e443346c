using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Messaging;

/// <inheritdoc cref="INotificationTemplateAppService"/>
[Authorize(MessagingPermissions.Templates.Default)]
[RequiresFeature(MessagingFeatures.Enabled)]
public sealed class NotificationTemplateAppService(
    INotificationTemplateOverrideRepository overrides,
    NotificationTemplateProvider templates,
    ICurrentTenant currentTenant,
    IGuidGenerator guidGenerator) : ApplicationService, INotificationTemplateAppService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<NotificationTemplateDto>> GetListAsync()
    {
        var sets = await templates.GetAllSetsAsync();
        return sets.SelectMany(set => set.Languages.Select(language => ToDto(set, language))).ToList();
    }

    /// <inheritdoc/>
    public async Task<NotificationTemplateDto> GetAsync(NotificationKind kind, string language)
    {
        var set = await templates.GetSetAsync(kind);
        return ToDto(set, Offered(set, language));
    }

    /// <inheritdoc/>
    public async Task<NotificationTemplateDto> UpdateAsync(NotificationKind kind, string language, UpdateNotificationTemplateDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var offered = Offered(await templates.GetSetAsync(kind), language);
        var template = new NotificationTemplate(input.Subject!, input.Body!);
        NotificationTemplateRenderer.Validate(kind, template);

        var existing = await overrides.FindAsync(kind, offered);
        if (existing is null)
        {
            await overrides.InsertAsync(
                new NotificationTemplateOverride(guidGenerator.Create(), currentTenant.Id, kind, offered, template.Subject, template.Body), autoSave: true);
        }
        else
        {
            existing.Change(template.Subject, template.Body);
            await overrides.UpdateAsync(existing, autoSave: true);
        }

        return ToDto(await templates.GetSetAsync(kind), offered);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(NotificationKind kind, string language)
    {
        var existing = NotificationLanguages.Normalize(language) is { } normalized ? await overrides.FindAsync(kind, normalized) : null;
        if (existing is null)
        {
            _ = Offered(await templates.GetSetAsync(kind), language); // nothing to revert: fine for an offered language only
            return;
        }

        await overrides.DeleteAsync(existing, autoSave: true);
    }

    /// <inheritdoc/>
    public async Task<NotificationTemplatePreviewDto> PreviewAsync(PreviewNotificationTemplateDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var kind = input.Kind!.Value;
        var set = await templates.GetSetAsync(kind);
        var language = input.Language is null ? set.DefaultLanguage : Offered(set, input.Language);
        var effective = set.GetTemplate(language);
        var template = new NotificationTemplate(input.Subject ?? effective.Subject, input.Body ?? effective.Body);
        NotificationTemplateRenderer.Validate(kind, template);
        var zone = await templates.GetGymTimeZoneAsync();
        var rendered = NotificationTemplateRenderer.Render(template, NotificationTemplateLibrary.GetSampleModel(kind), zone);
        return new NotificationTemplatePreviewDto { Kind = kind, Language = language, TimeZoneId = zone, Subject = rendered.Title, Body = rendered.Body };
    }

    private static string Offered(NotificationTemplateSet set, string language) =>
        NotificationLanguages.Normalize(language) is { } normalized && set.Languages.Contains(normalized)
            ? normalized
            : throw new BusinessException(MessagingErrorCodes.UnsupportedLanguage, $"'{language}' is not a language the gym offers ({string.Join(", ", set.Languages)}).")
                .WithData("language", language);

    private static NotificationTemplateDto ToDto(NotificationTemplateSet set, string language)
    {
        var template = set.GetTemplate(language);
        return new NotificationTemplateDto
        {
            Kind = set.Kind,
            Language = language,
            IsDefaultLanguage = language == set.DefaultLanguage,
            Subject = template.Subject,
            Body = template.Body,
            IsOverridden = set.IsOverridden(language),
            TemplateLanguage = set.GetTemplateLanguage(language),
            Variables = NotificationTemplateLibrary.GetVariables(set.Kind),
        };
    }
}
