namespace FitSaaS.Forms;

/// <summary>A member's answers to a published form version and their review.</summary>
public sealed class FormSubmissionDto
{
    /// <summary>The id.</summary>
    public Guid Id { get; init; }

    /// <summary>The form.</summary>
    public Guid FormId { get; init; }

    /// <summary>The version's form name.</summary>
    public string FormName { get; init; } = string.Empty;

    /// <summary>The exact version answered.</summary>
    public Guid FormVersionId { get; init; }

    /// <summary>The version's number.</summary>
    public int VersionNumber { get; init; }

    /// <summary>The member the answers are about.</summary>
    public Guid MemberId { get; init; }

    /// <summary>Who submitted (the member, or staff for them).</summary>
    public Guid SubmittedByUserId { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTime SubmittedAt { get; init; }

    /// <summary>The answers (normalised, in the fields' order).</summary>
    public IReadOnlyList<FormAnswerDto> Answers { get; init; } = [];

    /// <summary>The review status.</summary>
    public FormSubmissionStatus Status { get; init; }

    /// <summary>The reviewer; null while submitted.</summary>
    public Guid? ReviewedByUserId { get; init; }

    /// <summary>When it was reviewed (UTC); null while submitted.</summary>
    public DateTime? ReviewedAt { get; init; }

    /// <summary>The reviewer's note; null when none.</summary>
    public string? ReviewNote { get; init; }
}
