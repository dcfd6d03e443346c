namespace FitSaaS.Programs;

/// <summary>A programming track of a location.</summary>
public sealed class TrackDto
{
    /// <summary>The track id.</summary>
    public Guid Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The description; null when none.</summary>
    public string? Description { get; init; }

    /// <summary>The Bookings location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>The class types whose sessions show it; empty: every class type at the location.</summary>
    public IReadOnlyList<Guid> ClassTypeIds { get; init; } = [];

    /// <summary>Local time of day a date's workout becomes visible.</summary>
    public TimeOnly PublishTimeOfDay { get; init; }

    /// <summary>Days before the date it becomes visible.</summary>
    public int PublishDaysBefore { get; init; }
}
