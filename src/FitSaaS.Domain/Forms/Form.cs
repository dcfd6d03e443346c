using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// A gym's form: its name, description, purpose and a draft list of typed fields that staff edit freely. Publishing
/// (<see cref="Publish"/>) snapshots the draft into a new immutable <see cref="FormVersion"/> (1, 2, …); submissions always
/// answer one exact version. When <see cref="IssueOnMembershipActivation"/> is set, the form is issued to a member whenever one
/// of their memberships becomes active.
/// </summary>
public sealed class Form : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private Form()
    {
        // EF Core
    }

    /// <summary>Creates a form with its draft (checked by <see cref="FormFieldRules"/>).</summary>
    /// <exception cref="FitSaaSValidationException">The name, description or a field is invalid.</exception>
    public Form(Guid id, Guid? tenantId, string name, string? description, FormPurpose purpose, IReadOnlyList<FormField> fields, bool issueOnMembershipActivation)
        : base(id)
    {
        TenantId = tenantId;
        Edit(name, description, purpose, fields, issueOnMembershipActivation);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The name, 1 to <see cref="FormConsts.MaxNameLength"/> characters.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The description shown above the fields; null when none.</summary>
    public string? Description { get; private set; }

    /// <summary>What it is for.</summary>
    public FormPurpose Purpose { get; private set; }

    /// <summary>The draft's fields, in display order (published only by <see cref="Publish"/>).</summary>
    public IReadOnlyList<FormField> Fields { get; private set; } = [];

    /// <summary>Issue the form to a member whenever one of their memberships becomes active.</summary>
    public bool IssueOnMembershipActivation { get; private set; }

    /// <summary>The latest published version's number; 0 before the first publication.</summary>
    public int LatestVersionNumber { get; private set; }

    /// <summary>The latest published version; null before the first publication.</summary>
    public Guid? LatestVersionId { get; private set; }

    /// <summary>The draft differs from the latest version (always true before the first publication).</summary>
    public bool HasUnpublishedChanges { get; private set; }

    /// <summary>Replaces the name, description, purpose, draft fields and the issue flag.</summary>
    /// <exception cref="FitSaaSValidationException">The name, description or a field is invalid.</exception>
    public void Edit(string name, string? description, FormPurpose purpose, IReadOnlyList<FormField> fields, bool issueOnMembershipActivation)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > FormConsts.MaxNameLength)
        {
            throw new FitSaaSValidationException("name", $"A name has 1 to {FormConsts.MaxNameLength} characters.");
        }

        var text = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (text?.Length > FormConsts.MaxDescriptionLength)
        {
            throw new FitSaaSValidationException("description", $"A description has at most {FormConsts.MaxDescriptionLength} characters.");
        }

        if (!Enum.IsDefined(purpose))
        {
            throw new FitSaaSValidationException("purpose", "Unknown purpose.");
        }

        var normalized = FormFieldRules.Normalize(fields);
        if (LatestVersionNumber == 0 || trimmed != Name || text != Description || purpose != Purpose || !normalized.SequenceEqual(Fields, FormFieldComparer.Instance))
        {
            HasUnpublishedChanges = true;
        }

        Name = trimmed;
        Description = text;
        Purpose = purpose;
        Fields = normalized;
        IssueOnMembershipActivation = issueOnMembershipActivation;
    }

    /// <summary>Publishes the draft as the next version (its number is <see cref="LatestVersionNumber"/> + 1).</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.FormHasNoFields"/>, <see cref="FormsErrorCodes.NothingToPublish"/>.</exception>
    public FormVersion Publish(Guid versionId, DateTime publishedAt)
    {
        if (Fields.Count == 0)
        {
            throw new BusinessException(FormsErrorCodes.FormHasNoFields, "A form needs at least one field to be published.").WithData("formId", Id);
        }

        if (!HasUnpublishedChanges)
        {
            throw new BusinessException(FormsErrorCodes.NothingToPublish, "The draft is unchanged since the latest version.")
                .WithData("formId", Id).WithData("version", LatestVersionNumber);
        }

        LatestVersionNumber++;
        LatestVersionId = versionId;
        HasUnpublishedChanges = false;
        return new FormVersion(versionId, TenantId, Id, LatestVersionNumber, Name, Description, Purpose, Fields, publishedAt);
    }
}
