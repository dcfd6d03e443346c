using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>A muscle group an exercise works (the seventeen free-exercise-db values).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Muscle>))]
public enum Muscle
{
    /// <summary>Abdominals (<c>abdominals</c>).</summary>
    Abdominals = 1,

    /// <summary>Hip abductors (<c>abductors</c>).</summary>
    Abductors = 2,

    /// <summary>Hip adductors (<c>adductors</c>).</summary>
    Adductors = 3,

    /// <summary>Biceps (<c>biceps</c>).</summary>
    Biceps = 4,

    /// <summary>Calves (<c>calves</c>).</summary>
    Calves = 5,

    /// <summary>Chest (<c>chest</c>).</summary>
    Chest = 6,

    /// <summary>Forearms (<c>forearms</c>).</summary>
    Forearms = 7,

    /// <summary>Glutes (<c>glutes</c>).</summary>
    Glutes = 8,

    /// <summary>Hamstrings (<c>hamstrings</c>).</summary>
    Hamstrings = 9,

    /// <summary>Latissimus dorsi (<c>lats</c>).</summary>
    Lats = 10,

    /// <summary>Lower back (<c>lower back</c>).</summary>
    LowerBack = 11,

    /// <summary>Middle back (<c>middle back</c>).</summary>
    MiddleBack = 12,

    /// <summary>Neck (<c>neck</c>).</summary>
    Neck = 13,

    /// <summary>Quadriceps (<c>quadriceps</c>).</summary>
    Quadriceps = 14,

    /// <summary>Shoulders (<c>shoulders</c>).</summary>
    Shoulders = 15,

    /// <summary>Trapezius (<c>traps</c>).</summary>
    Traps = 16,

    /// <summary>Triceps (<c>triceps</c>).</summary>
    Triceps = 17,
}
