using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>How much experience an exercise needs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExerciseLevel>))]
public enum ExerciseLevel
{
    /// <summary>Suitable for newcomers (<c>beginner</c>).</summary>
    Beginner = 1,

    /// <summary>Needs some training experience (<c>intermediate</c>).</summary>
    Intermediate = 2,

    /// <summary>Needs solid technique and experience (<c>expert</c>).</summary>
    Expert = 3,
}
