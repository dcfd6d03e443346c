using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// One version of a track's workout for a local date: a snapshot of a workout version, visible to members from
/// <see cref="VisibleFromUtc"/>. Rows are never rewritten: editing or republishing adds the next <see cref="PublishedVersion"/>
/// (the latest is the current one), unpublishing marks the date's rows <see cref="IsUnpublished"/> and keeps them, so results
/// logged against a version keep pointing at what the member was shown.
/// </summary>
public sealed class PublishedWorkout : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private PublishedWorkout()
    {
        Snapshot = null!;
    }

    internal PublishedWorkout(
        Guid id, Guid tenantId, Guid trackId, DateOnly date, int publishedVersion, WorkoutSnapshot snapshot, DateTime visibleFromUtc, string? notes)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfLessThan(publishedVersion, 1);
        TenantId = tenantId;
        TrackId = trackId;
        Date = date;
        PublishedVersion = publishedVersion;
        Snapshot = snapshot;
        WorkoutId = snapshot.WorkoutId;
        WorkoutVersion = snapshot.WorkoutVersion;
        VisibleFromUtc = DateTime.SpecifyKind(visibleFromUtc, DateTimeKind.Utc);
        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmed?.Length ?? 0, ProgrammingConsts.MaxNotesLength, nameof(notes));
        Notes = trimmed;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The track.</summary>
    public Guid TrackId { get; private set; }

    /// <summary>The track's local date (in its location's time zone).</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The version of this date's publication: 1, 2, … (unique per track and date); the highest is the current one.</summary>
    public int PublishedVersion { get; private set; }

    /// <summary>The library workout the snapshot was taken from.</summary>
    public Guid WorkoutId { get; private set; }

    /// <summary>The workout's version the snapshot was taken from.</summary>
    public int WorkoutVersion { get; private set; }

    /// <summary>What members are shown: the workout as it was when published.</summary>
    public WorkoutSnapshot Snapshot { get; private set; }

    /// <summary>From when members see it (UTC); staff always do.</summary>
    public DateTime VisibleFromUtc { get; private set; }

    /// <summary>The coach's notes for the day; null when none.</summary>
    public string? Notes { get; private set; }

    /// <summary>True once the date was unpublished (the row is kept for history and results).</summary>
    public bool IsUnpublished { get; private set; }

    /// <summary>When it was unpublished (UTC); null while published.</summary>
    public DateTime? UnpublishedAtUtc { get; private set; }

    /// <summary>True when a member sees it at <paramref name="nowUtc"/>: not unpublished and visible.</summary>
    public bool IsVisibleToMembersAt(DateTime nowUtc) => !IsUnpublished && VisibleFromUtc <= nowUtc;

    /// <summary>Marks it unpublished (idempotent).</summary>
    internal void Unpublish(DateTime nowUtc)
    {
        if (!IsUnpublished)
        {
            IsUnpublished = true;
            UnpublishedAtUtc = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
        }
    }
}
