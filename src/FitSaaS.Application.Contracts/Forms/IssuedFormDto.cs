namespace FitSaaS.Forms;

/// <summary>A form issued to a member, with the version to fill in.</summary>
public sealed class IssuedFormDto
{
    /// <summary>The id.</summary>
    public Guid Id { get; init; }

    /// <summary>The form.</summary>
    public Guid FormId { get; init; }

    /// <summary>The form's name.</summary>
    public string FormName { get; init; } = string.Empty;

    /// <summary>The form's purpose.</summary>
    public FormPurpose Purpose { get; init; }

    /// <summary>The latest published version: the one to fill in.</summary>
    public Guid? FormVersionId { get; init; }

    /// <summary>The member who must fill it in.</summary>
    public Guid MemberId { get; init; }

    /// <summary>Why it was issued.</summary>
    public IssuedFormSource Source { get; init; }

    /// <summary>The staff user who issued it; null when automatic.</summary>
    public Guid? IssuedByUserId { get; init; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTime IssuedAt { get; init; }

    /// <summary>The local date by which to fill it in; null when none.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Pending or completed.</summary>
    public IssuedFormStatus Status { get; init; }

    /// <summary>The submission that completed it; null while pending.</summary>
    public Guid? SubmissionId { get; init; }

    /// <summary>When it was completed (UTC); null while pending.</summary>
    public DateTime? CompletedAt { get; init; }
}
