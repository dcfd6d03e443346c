using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>The main direction of force of an exercise.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExerciseForce>))]
public enum ExerciseForce
{
    /// <summary>Holding a position (<c>static</c>).</summary>
    Static = 1,

    /// <summary>Pulling the load towards the body (<c>pull</c>).</summary>
    Pull = 2,

    /// <summary>Pushing the load away from the body (<c>push</c>).</summary>
    Push = 3,
}
