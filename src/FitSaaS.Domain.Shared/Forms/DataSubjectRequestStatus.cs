namespace FitSaaS.Forms;

/// <summary>
/// Where a data subject request stands. Stored and serialized as its name. Lifecycle: <c>Received</c> → <c>InProgress</c> →
/// <c>Completed</c>, or <c>Received</c> → <c>Rejected</c>.
/// </summary>
public enum DataSubjectRequestStatus
{
    /// <summary>Recorded, not processed yet; its due date runs.</summary>
    Received = 0,

    /// <summary>Being processed (every module's handler runs in one unit of work).</summary>
    InProgress = 1,

    /// <summary>Done: the export's archive is stored, or the erasure's per-area results are recorded.</summary>
    Completed = 2,

    /// <summary>Refused by staff, with a reason (e.g. the requester's identity could not be verified).</summary>
    Rejected = 3,
}
