using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// A workout a coach assigned to a member for a local date (personal training): a snapshot of the workout version at assignment
/// time, so later edits never change what the member was given.
/// </summary>
public sealed class WorkoutAssignment : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private WorkoutAssignment()
    {
        Snapshot = null!;
    }

    internal WorkoutAssignment(
        Guid id, Guid tenantId, Guid memberId, Guid coachId, DateOnly date, WorkoutSnapshot snapshot, Guid? programTemplateId, string? notes)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        TenantId = tenantId;
        MemberId = memberId;
        CoachId = coachId;
        Date = date;
        Snapshot = snapshot;
        WorkoutId = snapshot.WorkoutId;
        WorkoutVersion = snapshot.WorkoutVersion;
        ProgramTemplateId = programTemplateId;
        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmed?.Length ?? 0, ProgrammingConsts.MaxNotesLength, nameof(notes));
        Notes = trimmed;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The coach who assigned it (a user id of the tenant).</summary>
    public Guid CoachId { get; private set; }

    /// <summary>The member's local date.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The library workout the snapshot was taken from.</summary>
    public Guid WorkoutId { get; private set; }

    /// <summary>The workout's version the snapshot was taken from.</summary>
    public int WorkoutVersion { get; private set; }

    /// <summary>The template it came from; null for a single workout.</summary>
    public Guid? ProgramTemplateId { get; private set; }

    /// <summary>The workout as assigned.</summary>
    public WorkoutSnapshot Snapshot { get; private set; }

    /// <summary>The coach's notes; null when none.</summary>
    public string? Notes { get; private set; }

    /// <summary>Creates an assignment of <paramref name="workout"/>'s current version.</summary>
    public static WorkoutAssignment Create(
        Guid id, Guid tenantId, Guid memberId, Guid coachId, DateOnly date, Workout workout, Guid? programTemplateId, string? notes)
    {
        ArgumentNullException.ThrowIfNull(workout);
        return new WorkoutAssignment(id, tenantId, memberId, coachId, date, workout.ToSnapshot(), programTemplateId, notes);
    }
}
