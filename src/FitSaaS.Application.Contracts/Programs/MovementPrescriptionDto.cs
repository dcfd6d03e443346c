using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>What a movement asks for at one level; every field optional. Units: kilograms, metres, seconds.</summary>
public sealed class MovementPrescriptionDto
{
    /// <summary>Sets (1–1000).</summary>
    [Range(1, 1000)]
    public int? Sets { get; init; }

    /// <summary>Repetitions per set (1–10000).</summary>
    [Range(1, 10_000)]
    public int? Reps { get; init; }

    /// <summary>A rep scheme as text, e.g. <c>5-5-3-3-1</c>; at most <see cref="ProgrammingConsts.MaxRepSchemeLength"/> characters.</summary>
    [StringLength(ProgrammingConsts.MaxRepSchemeLength)]
    public string? RepScheme { get; init; }

    /// <summary>Load in kilograms (0–1000).</summary>
    [Range(typeof(decimal), "0", "1000")]
    public decimal? LoadKg { get; init; }

    /// <summary>Load as a percentage of the one-rep max (0–200).</summary>
    [Range(typeof(decimal), "0", "200")]
    public decimal? PercentOfOneRepMax { get; init; }

    /// <summary>Rate of perceived exertion (1–10).</summary>
    [Range(typeof(decimal), "1", "10")]
    public decimal? Rpe { get; init; }

    /// <summary>Distance in metres (0–1000000).</summary>
    [Range(typeof(decimal), "0", "1000000")]
    public decimal? DistanceMeters { get; init; }

    /// <summary>Calories (0–100000).</summary>
    [Range(0, 100_000)]
    public int? Calories { get; init; }

    /// <summary>Duration in seconds (0–86400).</summary>
    [Range(0, ProgrammingConsts.MaxTimeCapSeconds)]
    public int? TimeSeconds { get; init; }

    /// <summary>Rest after each set in seconds (0–86400).</summary>
    [Range(0, ProgrammingConsts.MaxTimeCapSeconds)]
    public int? RestSeconds { get; init; }
}
