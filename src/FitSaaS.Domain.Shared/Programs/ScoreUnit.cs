namespace FitSaaS.Programs;

/// <summary>
/// The unit a score was entered in, kept for display. Scores are always stored and compared in canonical units (seconds,
/// kilograms, metres, counts); conversions are exact decimals (1 lb = 0.45359237 kg, 1 mi = 1609.344 m, 1 ft = 0.3048 m).
/// </summary>
public enum ScoreUnit
{
    /// <summary>A plain count (reps, calories, points, AMRAP rounds and reps) or no score.</summary>
    Count = 0,

    /// <summary>Seconds (times; also entered as <c>mm:ss</c> or <c>h:mm:ss</c>).</summary>
    Seconds = 1,

    /// <summary>Kilograms (canonical load).</summary>
    Kilograms = 2,

    /// <summary>Pounds (0.45359237 kg).</summary>
    Pounds = 3,

    /// <summary>Metres (canonical distance).</summary>
    Metres = 4,

    /// <summary>Kilometres (1000 m).</summary>
    Kilometres = 5,

    /// <summary>Miles (1609.344 m).</summary>
    Miles = 6,

    /// <summary>Feet (0.3048 m).</summary>
    Feet = 7,
}
