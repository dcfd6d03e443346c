using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>The fields of a track, shared by <see cref="CreateTrackDto"/> and <see cref="UpdateTrackDto"/>.</summary>
public abstract class TrackCreateOrUpdateDtoBase
{
    /// <summary>The name, e.g. "Main class"; at most <see cref="ProgrammingConsts.MaxTitleLength"/> characters.</summary>
    [Required]
    [StringLength(ProgrammingConsts.MaxTitleLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The description; null when none.</summary>
    [StringLength(ProgrammingConsts.MaxDescriptionLength)]
    public string? Description { get; init; }

    /// <summary>The Bookings location (its IANA zone is the track's).</summary>
    [Required]
    public Guid? LocationId { get; init; }

    /// <summary>The class types whose sessions show the track's workout; empty (default): every class type at the location.</summary>
    [MaxLength(ProgrammingConsts.MaxClassTypeCount)]
    public IReadOnlyList<Guid> ClassTypeIds { get; init; } = [];

    /// <summary>Local time of day a date's workout becomes visible to members; default 18:00.</summary>
    public TimeOnly? PublishTimeOfDay { get; init; }

    /// <summary>Days before the date it becomes visible (0–14); default 1 (the evening before).</summary>
    [Range(0, ProgrammingConsts.MaxPublishDaysBefore)]
    public int? PublishDaysBefore { get; init; }
}
