using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// One published version of a <see cref="Form"/>: an immutable snapshot of its name, description, purpose and fields, numbered
/// 1, 2, … per form. It has no operation that changes it; editing the form's draft and publishing again creates the next one.
/// Submissions reference it, so their answers always keep the questions they answered.
/// </summary>
public sealed class FormVersion : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private FormVersion()
    {
        // EF Core
    }

    internal FormVersion(Guid id, Guid? tenantId, Guid formId, int number, string name, string? description, FormPurpose purpose,
        IReadOnlyList<FormField> fields, DateTime publishedAt)
        : base(id)
    {
        TenantId = tenantId;
        FormId = formId;
        Number = number;
        Name = name;
        Description = description;
        Purpose = purpose;
        Fields = fields;
        PublishedAt = publishedAt;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The form.</summary>
    public Guid FormId { get; private set; }

    /// <summary>The version number, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>The form's name when published.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The form's description when published.</summary>
    public string? Description { get; private set; }

    /// <summary>The form's purpose when published.</summary>
    public FormPurpose Purpose { get; private set; }

    /// <summary>The fields, in display order.</summary>
    public IReadOnlyList<FormField> Fields { get; private set; } = [];

    /// <summary>When it was published (UTC).</summary>
    public DateTime PublishedAt { get; private set; }
}
