using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>A form's name, description, purpose, draft fields and issue flag (create and update).</summary>
public abstract class FormCreateOrUpdateDtoBase
{
    /// <summary>The name, 1 to <see cref="FormConsts.MaxNameLength"/> characters.</summary>
    [Required]
    [StringLength(FormConsts.MaxNameLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The description shown above the fields, at most <see cref="FormConsts.MaxDescriptionLength"/> characters.</summary>
    [StringLength(FormConsts.MaxDescriptionLength)]
    public string? Description { get; init; }

    /// <summary>What it is for; default <see cref="FormPurpose.General"/>.</summary>
    [EnumDataType(typeof(FormPurpose))]
    public FormPurpose Purpose { get; init; }

    /// <summary>The draft's fields in display order, at most <see cref="FormConsts.MaxFields"/>.</summary>
    [Required]
    public IReadOnlyList<FormFieldDto> Fields { get; init; } = [];

    /// <summary>Issue the form to a member when one of their memberships becomes active for the first time; default false.</summary>
    public bool IssueOnMembershipActivation { get; init; }
}
