using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// A programming track of a location (e.g. "Main class", "Barbell club"): coaches publish a workout to its local dates
/// (<see cref="PublishedWorkout"/>). Members see a day from a publish time: <see cref="PublishDaysBefore"/> days before the date at
/// <see cref="PublishTimeOfDay"/> in the location's time zone (default 18:00 the day before).
/// </summary>
public sealed class Track : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    /// <summary>The default publish time of day: 18:00 local.</summary>
    public static readonly TimeOnly DefaultPublishTimeOfDay = new(18, 0);

    /// <summary>The default number of days before the date a day becomes visible: 1 (the evening before).</summary>
    public const int DefaultPublishDaysBefore = 1;

    private Track()
    {
        Name = null!;
    }

    /// <summary>Creates a track; <see cref="TrackManager"/> checks the location and class types.</summary>
    internal Track(Guid id, Guid tenantId, string name, Guid locationId)
        : base(id)
    {
        TenantId = tenantId;
        LocationId = locationId;
        Name = null!;
        Rename(name);
        PublishTimeOfDay = DefaultPublishTimeOfDay;
        PublishDaysBefore = DefaultPublishDaysBefore;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The name, trimmed.</summary>
    public string Name { get; private set; }

    /// <summary>The description; null when none.</summary>
    public string? Description { get; private set; }

    /// <summary>The Bookings location whose time zone the track's dates and publish time are in.</summary>
    public Guid LocationId { get; private set; }

    /// <summary>The class types whose sessions at the location show this track's workout; empty: every class type there.</summary>
    public IReadOnlyList<Guid> ClassTypeIds { get; private set; } = [];

    /// <summary>The local time of day a date's workout becomes visible to members.</summary>
    public TimeOnly PublishTimeOfDay { get; private set; }

    /// <summary>How many days before the date the workout becomes visible (0: on the day itself).</summary>
    public int PublishDaysBefore { get; private set; }

    /// <summary>Renames the track.</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmed.Length, ProgrammingConsts.MaxTitleLength, nameof(name));
        Name = trimmed;
    }

    /// <summary>Replaces the description (blank: none).</summary>
    public void Describe(string? description)
    {
        var trimmed = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmed?.Length ?? 0, ProgrammingConsts.MaxDescriptionLength, nameof(description));
        Description = trimmed;
    }

    /// <summary>Sets when a date's workout becomes visible: <paramref name="daysBefore"/> days before it at <paramref name="timeOfDay"/> local.</summary>
    public void SetPublishTime(TimeOnly timeOfDay, int daysBefore)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysBefore);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(daysBefore, ProgrammingConsts.MaxPublishDaysBefore);
        PublishTimeOfDay = timeOfDay;
        PublishDaysBefore = daysBefore;
    }

    /// <summary>Moves the track to another location and class types; <see cref="TrackManager"/> checks they exist.</summary>
    internal void Place(Guid locationId, IReadOnlyCollection<Guid> classTypeIds)
    {
        ArgumentNullException.ThrowIfNull(classTypeIds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classTypeIds.Count, ProgrammingConsts.MaxClassTypeCount, nameof(classTypeIds));
        LocationId = locationId;
        ClassTypeIds = classTypeIds.Distinct().ToArray();
    }

    /// <summary>The local date and time a date's workout becomes visible by default (before conversion to UTC in the location's zone).</summary>
    public DateTime GetLocalVisibleFrom(DateOnly date) => date.AddDays(-PublishDaysBefore).ToDateTime(PublishTimeOfDay, DateTimeKind.Unspecified);
}
