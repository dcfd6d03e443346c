namespace FitSaaS.Forms;

/// <summary>A published, immutable version of a form: what a member fills in.</summary>
public sealed class FormVersionDto
{
    /// <summary>The version's id (what a submission answers).</summary>
    public Guid Id { get; init; }

    /// <summary>The form.</summary>
    public Guid FormId { get; init; }

    /// <summary>The number, from 1.</summary>
    public int Number { get; init; }

    /// <summary>The form's name when published.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The form's description when published; null when none.</summary>
    public string? Description { get; init; }

    /// <summary>The form's purpose when published.</summary>
    public FormPurpose Purpose { get; init; }

    /// <summary>The fields, in display order.</summary>
    public IReadOnlyList<FormFieldDto> Fields { get; init; } = [];

    /// <summary>When it was published (UTC).</summary>
    public DateTime PublishedAt { get; init; }
}
