using System.Text.Json;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// A member's GDPR request (tenant-owned): an export of their data or its erasure, due <see cref="DataSubjectRequestConsts.DueDays"/>
/// days after receipt (Art. 12(3)). Lifecycle: <c>Received</c> → <c>InProgress</c> → <c>Completed</c>, or <c>Received</c> →
/// <c>Rejected</c> (<see cref="DataSubjectRequestStatus"/>). Its changes are kept in the entity history; the erasure's
/// per-area results are recorded on it (<see cref="GetResults"/>). Instants are UTC.
/// </summary>
[Audited]
public sealed class DataSubjectRequest : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private DataSubjectRequest()
    {
        // EF Core
    }

    /// <summary>Records a request received at <paramref name="now"/>, due <see cref="DataSubjectRequestConsts.DueDays"/> days later.</summary>
    public DataSubjectRequest(Guid id, Guid? tenantId, Guid memberId, DataSubjectRequestKind kind, Guid requestedByUserId, string? note, DateTime now)
        : base(id)
    {
        TenantId = tenantId;
        MemberId = memberId;
        Kind = kind;
        Status = DataSubjectRequestStatus.Received;
        RequestedAtUtc = now;
        DueAtUtc = now.AddDays(DataSubjectRequestConsts.DueDays);
        RequestedByUserId = requestedByUserId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The data subject: a user id of the tenant.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Export or erasure.</summary>
    public DataSubjectRequestKind Kind { get; private set; }

    /// <summary>Where it stands.</summary>
    public DataSubjectRequestStatus Status { get; private set; }

    /// <summary>When it was received (UTC).</summary>
    public DateTime RequestedAtUtc { get; private set; }

    /// <summary>When it must be answered (UTC): <see cref="RequestedAtUtc"/> + <see cref="DataSubjectRequestConsts.DueDays"/> days.</summary>
    public DateTime DueAtUtc { get; private set; }

    /// <summary>Who recorded it: the member themselves or a staff user.</summary>
    public Guid RequestedByUserId { get; private set; }

    /// <summary>Staff's or the member's note (at most <see cref="DataSubjectRequestConsts.MaxNoteLength"/> characters); null when none.</summary>
    public string? Note { get; private set; }

    /// <summary>Who processed or rejected it; null while received.</summary>
    public Guid? HandledByUserId { get; private set; }

    /// <summary>When processing started (UTC); null while received or when rejected.</summary>
    public DateTime? StartedAtUtc { get; private set; }

    /// <summary>When it was completed or rejected (UTC).</summary>
    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>Why it was rejected; null otherwise.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>The per-area results as JSON (the storage of <see cref="GetResults"/>).</summary>
    public string? ResultsJson { get; private set; }

    /// <summary>What each area did (export: whether it held data; erasure: rows deleted, pseudonymised, retained); empty until completed.</summary>
    public IReadOnlyList<DataSubjectRequestAreaResult> GetResults() =>
        ResultsJson is null ? [] : JsonSerializer.Deserialize<DataSubjectRequestAreaResult[]>(ResultsJson, s_json) ?? [];

    /// <summary>Whether it is still open (received or in progress).</summary>
    public bool IsOpen => Status is DataSubjectRequestStatus.Received or DataSubjectRequestStatus.InProgress;

    /// <summary>Starts processing; false (nothing changes) when it is in progress already.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.DataRequestInvalidStatus"/> when completed or rejected.</exception>
    public bool Start(Guid handledByUserId, DateTime now)
    {
        if (Status == DataSubjectRequestStatus.InProgress)
        {
            return false;
        }

        EnsureStatus(DataSubjectRequestStatus.Received, "process");
        Status = DataSubjectRequestStatus.InProgress;
        HandledByUserId = handledByUserId;
        StartedAtUtc = now;
        return true;
    }

    /// <summary>Completes it with each area's result.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.DataRequestInvalidStatus"/> unless in progress.</exception>
    public void Complete(IEnumerable<DataSubjectRequestAreaResult> results, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(results);
        EnsureStatus(DataSubjectRequestStatus.InProgress, "complete");
        Status = DataSubjectRequestStatus.Completed;
        ResultsJson = JsonSerializer.Serialize(results.OrderBy(r => r.Area, StringComparer.Ordinal).ToArray(), s_json);
        CompletedAtUtc = now;
    }

    /// <summary>Rejects it with a reason.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.DataRequestInvalidStatus"/> unless received.</exception>
    public void Reject(Guid handledByUserId, string reason, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureStatus(DataSubjectRequestStatus.Received, "reject");
        Status = DataSubjectRequestStatus.Rejected;
        HandledByUserId = handledByUserId;
        RejectionReason = reason.Trim();
        CompletedAtUtc = now;
    }

    private void EnsureStatus(DataSubjectRequestStatus expected, string operation)
    {
        if (Status != expected)
        {
            throw new BusinessException(FormsErrorCodes.DataRequestInvalidStatus, $"A {Status} request cannot {operation}.")
                .WithData("status", Status.ToString())
                .WithData("operation", operation);
        }
    }
}
