using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Programs;

/// <summary>
/// A workout was published to a track's local date (a new version of the date's publication, also a republication). Published
/// in the publication's transaction (outbox). Other modules may subscribe to it without depending on Programs (a distributed
/// event contract); nothing is published when Programs is left out of the host.
/// </summary>
[EventName("Programs.WorkoutPublished.v1")]
public sealed class WorkoutPublishedEto
{
    /// <summary>The publication (one version of the track's date).</summary>
    public Guid PublishedWorkoutId { get; init; }

    /// <summary>The track.</summary>
    public Guid TrackId { get; init; }

    /// <summary>The track's local date (in its location's IANA zone) the workout is published to.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The version of the date's publication: 1, 2, …</summary>
    public int PublishedVersion { get; init; }

    /// <summary>The workout (its id stays the same across its versions).</summary>
    public Guid WorkoutId { get; init; }

    /// <summary>The workout's title as published.</summary>
    public string Title { get; init; } = "";

    /// <summary>When members see it (UTC).</summary>
    public DateTime VisibleFromUtc { get; init; }
}
