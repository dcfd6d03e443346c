using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// A gym's own template of one <see cref="NotificationKind"/> in one language (ADR 0064): it replaces the library's default
/// (<see cref="NotificationTemplateLibrary"/>) for that kind and language. At most one per (tenant, kind, language). The
/// caller validated the sources (<see cref="NotificationTemplateRenderer.Validate"/>) and the language (offered by the gym).
/// </summary>
public sealed class NotificationTemplateOverride : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private NotificationTemplateOverride()
    {
        // EF Core
        Language = null!;
        Subject = null!;
        Body = null!;
    }

    /// <summary>Creates the override of <paramref name="kind"/> in <paramref name="language"/>.</summary>
    /// <exception cref="ArgumentException">The language is not a well-formed tag, or a source is empty or too long.</exception>
    public NotificationTemplateOverride(Guid id, Guid? tenantId, NotificationKind kind, string language, string subject, string body)
        : base(id)
    {
        TenantId = tenantId;
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentException($"Unknown notification kind {kind}.", nameof(kind));
        Language = NotificationLanguages.Normalize(language) ?? throw new ArgumentException($"'{language}' is not a language tag.", nameof(language));
        Subject = "";
        Body = "";
        Change(subject, body);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The notification kind.</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>The language: a lower-case BCP 47 tag (e.g. <c>en</c>, <c>pt-br</c>).</summary>
    public string Language { get; private set; }

    /// <summary>The subject's (in-app title's) Liquid source, 1 to <see cref="NotificationTemplateOverrideConsts.MaxSubjectLength"/> characters.</summary>
    public string Subject { get; private set; }

    /// <summary>The body's Liquid source, 1 to <see cref="NotificationTemplateOverrideConsts.MaxBodyLength"/> characters.</summary>
    public string Body { get; private set; }

    /// <summary>The override as a template.</summary>
    public NotificationTemplate ToTemplate() => new(Subject, Body);

    /// <summary>Replaces the sources (already validated by the caller).</summary>
    /// <exception cref="ArgumentException">A source is empty or too long.</exception>
    public void Change(string subject, string body)
    {
        Subject = Required(subject, NotificationTemplateOverrideConsts.MaxSubjectLength, nameof(subject));
        Body = Required(body, NotificationTemplateOverrideConsts.MaxBodyLength, nameof(body));
    }

    private static string Required(string value, int maxLength, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The {name} template is required.", name)
        : value.Length > maxLength ? throw new ArgumentException($"The {name} template is longer than {maxLength} characters.", name)
        : value;
}
