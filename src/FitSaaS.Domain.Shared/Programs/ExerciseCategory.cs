using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>The kind of training an exercise belongs to (the free-exercise-db categories).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExerciseCategory>))]
public enum ExerciseCategory
{
    /// <summary>Resistance training (source value <c>strength</c>).</summary>
    Strength = 1,

    /// <summary>Mobility and flexibility work (<c>stretching</c>).</summary>
    Stretching = 2,

    /// <summary>Jumps and explosive bodyweight drills (<c>plyometrics</c>).</summary>
    Plyometrics = 3,

    /// <summary>Squat, bench press, deadlift and their assistance lifts (<c>powerlifting</c>).</summary>
    Powerlifting = 4,

    /// <summary>Snatch, clean and jerk and their derivatives (<c>olympic weightlifting</c>).</summary>
    OlympicWeightlifting = 5,

    /// <summary>Strongman events: carries, stones, yoke (<c>strongman</c>).</summary>
    Strongman = 6,

    /// <summary>Conditioning and endurance work (<c>cardio</c>).</summary>
    Cardio = 7,
}
