using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>What part of a class a workout section is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkoutSectionKind>))]
public enum WorkoutSectionKind
{
    /// <summary>Warm-up.</summary>
    WarmUp = 1,

    /// <summary>Strength work (e.g. a heavy lift).</summary>
    Strength = 2,

    /// <summary>Conditioning (the "metcon").</summary>
    Conditioning = 3,

    /// <summary>Skill practice.</summary>
    Skill = 4,

    /// <summary>Accessory work.</summary>
    Accessory = 5,

    /// <summary>Cool-down.</summary>
    CoolDown = 6,
}
