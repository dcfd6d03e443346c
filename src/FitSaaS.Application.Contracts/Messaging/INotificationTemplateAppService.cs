using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>
/// The gym's notification templates (<c>/api/messaging/notification-templates</c>, permission
/// <c>FitSaaS.Messaging.Templates</c>, ADR 0064): every kind in every language the gym offers
/// (<see cref="MessagingSettingNames.Languages"/>), the gym's own template of a kind and language (an override of the
/// library's default), reverting to the default, and previews. Templates are Liquid (Fluid), strict: only the kind's
/// variables and the standard filters. Needs <c>Messaging.Enabled</c>. Languages are lower-case BCP 47 tags (any case is read).
/// </summary>
public interface INotificationTemplateAppService : IApplicationService
{
    /// <summary>Every kind × offered language (the gym's default language first): the effective template, whether overridden, the variables.</summary>
    Task<IReadOnlyList<NotificationTemplateDto>> GetListAsync();

    /// <summary>The effective template of <paramref name="kind"/> in <paramref name="language"/>: <c>GET …/{kind}/{language}</c>.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:UnsupportedLanguage</c> (the gym does not offer it).</exception>
    [HttpApiRoute("{kind}/{language}")]
    Task<NotificationTemplateDto> GetAsync(NotificationKind kind, string language);

    /// <summary>Sets the gym's template of <paramref name="kind"/> in <paramref name="language"/> (creates or replaces the override): <c>PUT …/{kind}/{language}</c>. Nothing is stored when it is refused.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Messaging:UnsupportedLanguage</c> (the gym does not offer it); <c>Messaging:InvalidTemplate</c> (does not parse, or
    /// uses a variable or filter the kind does not offer; data <c>field</c> = <c>subject</c> or <c>body</c>, and <c>reason</c>).
    /// </exception>
    [HttpApiRoute("{kind}/{language}")]
    Task<NotificationTemplateDto> UpdateAsync(NotificationKind kind, string language, UpdateNotificationTemplateDto input);

    /// <summary>
    /// Reverts <paramref name="kind"/> in <paramref name="language"/> to the library's default (deletes the override):
    /// <c>DELETE …/{kind}/{language}</c>. Idempotent for an offered language; an override of a language the gym no longer
    /// offers can be deleted too.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:UnsupportedLanguage</c> (neither offered nor overridden).</exception>
    [HttpApiRoute("{kind}/{language}")]
    Task DeleteAsync(NotificationKind kind, string language);

    /// <summary>
    /// Renders a template with the kind's sample values in the gym's zone, storing nothing: <c>POST …/preview</c>. The draft's
    /// subject and body, when given, replace the effective template's.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:UnsupportedLanguage</c>; <c>Messaging:InvalidTemplate</c> (the draft).</exception>
    Task<NotificationTemplatePreviewDto> PreviewAsync(PreviewNotificationTemplateDto input);
}
