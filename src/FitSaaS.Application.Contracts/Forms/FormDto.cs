namespace FitSaaS.Forms;

/// <summary>A form with its draft and where its publication stands.</summary>
public sealed class FormDto
{
    /// <summary>The id.</summary>
    public Guid Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The description; null when none.</summary>
    public string? Description { get; init; }

    /// <summary>What it is for.</summary>
    public FormPurpose Purpose { get; init; }

    /// <summary>The draft's fields.</summary>
    public IReadOnlyList<FormFieldDto> Fields { get; init; } = [];

    /// <summary>Issued when a member's membership becomes active for the first time.</summary>
    public bool IssueOnMembershipActivation { get; init; }

    /// <summary>The latest version's number; 0 before the first publication.</summary>
    public int LatestVersionNumber { get; init; }

    /// <summary>The latest version (the one to fill in); null before the first publication.</summary>
    public Guid? LatestVersionId { get; init; }

    /// <summary>The draft differs from the latest version.</summary>
    public bool HasUnpublishedChanges { get; init; }
}
