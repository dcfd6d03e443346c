namespace FitSaaS.Forms;

/// <summary>A data subject request. Instants are UTC.</summary>
public sealed class DataSubjectRequestDto
{
    /// <summary>The id.</summary>
    public Guid Id { get; init; }

    /// <summary>The data subject (user id).</summary>
    public Guid MemberId { get; init; }

    /// <summary>Export or erasure.</summary>
    public DataSubjectRequestKind Kind { get; init; }

    /// <summary>Received, in progress, completed or rejected.</summary>
    public DataSubjectRequestStatus Status { get; init; }

    /// <summary>When it was received.</summary>
    public DateTime RequestedAtUtc { get; init; }

    /// <summary>When it must be answered (received + <see cref="DataSubjectRequestConsts.DueDays"/> days).</summary>
    public DateTime DueAtUtc { get; init; }

    /// <summary>Whether it is open past its due date.</summary>
    public bool IsOverdue { get; init; }

    /// <summary>Who recorded it.</summary>
    public Guid RequestedByUserId { get; init; }

    /// <summary>The note; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>Who processed or rejected it; null while received.</summary>
    public Guid? HandledByUserId { get; init; }

    /// <summary>When processing started; null while received or when rejected.</summary>
    public DateTime? StartedAtUtc { get; init; }

    /// <summary>When it was completed or rejected.</summary>
    public DateTime? CompletedAtUtc { get; init; }

    /// <summary>Why it was rejected; null otherwise.</summary>
    public string? RejectionReason { get; init; }

    /// <summary>Each area's result (by area name); empty until completed.</summary>
    public IReadOnlyList<DataSubjectRequestAreaResult> Results { get; init; } = [];

    /// <summary>Whether an export archive is stored (download it from <c>api/forms/data-requests/{id}/archive</c>).</summary>
    public bool HasArchive { get; init; }
}
