using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>The equipment an exercise needs (the twelve free-exercise-db values; "none given" is a null equipment).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExerciseEquipment>))]
public enum ExerciseEquipment
{
    /// <summary>Bodyweight only (<c>body only</c>).</summary>
    BodyOnly = 1,

    /// <summary>Barbell (<c>barbell</c>).</summary>
    Barbell = 2,

    /// <summary>Dumbbells (<c>dumbbell</c>).</summary>
    Dumbbell = 3,

    /// <summary>Kettlebells (<c>kettlebells</c>).</summary>
    Kettlebells = 4,

    /// <summary>Cable station (<c>cable</c>).</summary>
    Cable = 5,

    /// <summary>Weight machine (<c>machine</c>).</summary>
    Machine = 6,

    /// <summary>Resistance bands (<c>bands</c>).</summary>
    Bands = 7,

    /// <summary>Medicine ball (<c>medicine ball</c>).</summary>
    MedicineBall = 8,

    /// <summary>Exercise (Swiss) ball (<c>exercise ball</c>).</summary>
    ExerciseBall = 9,

    /// <summary>Foam roller (<c>foam roll</c>).</summary>
    FoamRoll = 10,

    /// <summary>E-Z curl bar (<c>e-z curl bar</c>).</summary>
    EzCurlBar = 11,

    /// <summary>Anything else (<c>other</c>).</summary>
    Other = 12,
}
