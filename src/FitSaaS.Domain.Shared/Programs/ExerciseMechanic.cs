using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>Whether an exercise moves one joint or several.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExerciseMechanic>))]
public enum ExerciseMechanic
{
    /// <summary>One joint moves (<c>isolation</c>).</summary>
    Isolation = 1,

    /// <summary>Several joints move (<c>compound</c>).</summary>
    Compound = 2,
}
