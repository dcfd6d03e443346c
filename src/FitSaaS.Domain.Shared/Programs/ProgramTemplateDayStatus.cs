using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>What applying a program template did with one of its days.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgramTemplateDayStatus>))]
public enum ProgramTemplateDayStatus
{
    /// <summary>The day's workout was published to the track's date.</summary>
    Published = 1,

    /// <summary>The track's date already has a workout; it was left as it is (re-applying a template skips the days it published).</summary>
    Skipped = 2,

    /// <summary>The day could not be published; the result carries the error code.</summary>
    Failed = 3,
}
