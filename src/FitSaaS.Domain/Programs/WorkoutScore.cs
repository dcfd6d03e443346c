using System.Globalization;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Programs;

/// <summary>
/// A checked score for a scoring type, in canonical units (DOMAIN.md §2.18 rule 7): for time in seconds, or capped ("CAP +
/// reps"); AMRAP as rounds and reps (compared as rounds × 1000 + reps); load in kilograms; distance in metres; reps, calories
/// and points as counts; or no score. The unit and number it was entered with are kept for display only; comparisons use
/// the canonical value, which is exact (decimal conversions, never rounded).
/// </summary>
public sealed record WorkoutScore
{
    /// <summary>Kilograms per pound, exactly.</summary>
    public const decimal KilogramsPerPound = 0.45359237m;

    /// <summary>Metres per mile, exactly.</summary>
    public const decimal MetresPerMile = 1609.344m;

    /// <summary>Metres per foot, exactly.</summary>
    public const decimal MetresPerFoot = 0.3048m;

    private WorkoutScore(ScoringType scoringType, decimal? value, bool isCapped, int? rounds, int? reps, ScoreUnit displayUnit, decimal? displayValue)
    {
        ScoringType = scoringType;
        Value = value;
        IsCapped = isCapped;
        Rounds = rounds;
        Reps = reps;
        DisplayUnit = displayUnit;
        DisplayValue = displayValue;
    }

    /// <summary>How it is scored.</summary>
    public ScoringType ScoringType { get; }

    /// <summary>
    /// The canonical value: seconds for a finished for-time result, the reps done for a capped one, rounds × 1000 + reps for
    /// AMRAP, kilograms, metres or the count; null for no score.
    /// </summary>
    public decimal? Value { get; }

    /// <summary>For time: the cap was reached before finishing (ranks below every finisher; never a personal record).</summary>
    public bool IsCapped { get; }

    /// <summary>AMRAP: full rounds; otherwise null.</summary>
    public int? Rounds { get; }

    /// <summary>AMRAP: extra reps; capped for time: reps done; otherwise null.</summary>
    public int? Reps { get; }

    /// <summary>The unit it was entered in.</summary>
    public ScoreUnit DisplayUnit { get; }

    /// <summary>The number as entered in <see cref="DisplayUnit"/> (a time in seconds); null for AMRAP, capped and no score.</summary>
    public decimal? DisplayValue { get; }

    /// <summary>True when the score can set a personal record: scored, and not capped.</summary>
    public bool CanBePersonalRecord => ScoringType != ScoringType.NoScore && !IsCapped && Value is not null;

    /// <summary>
    /// Checks <paramref name="entry"/> against <paramref name="scoringType"/> and converts it to canonical units.
    /// </summary>
    /// <param name="scoringType">How the workout or lift is scored.</param>
    /// <param name="timeCapSeconds">The workout's time cap in seconds (for time); null when none.</param>
    /// <param name="entry">The score as entered.</param>
    /// <exception cref="BusinessException">
    /// <c>Programs:InvalidScore</c> (does not fit the scoring type), <c>Programs:NegativeScore</c>,
    /// <c>Programs:ScoreAboveTimeCap</c> (a time above the cap), <c>Programs:InvalidCappedScore</c> (capped without reps
    /// or without a cap).
    /// </exception>
    public static WorkoutScore Create(ScoringType scoringType, int? timeCapSeconds, ScoreEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return scoringType switch
        {
            ScoringType.ForTime => CreateForTime(timeCapSeconds, entry),
            ScoringType.AmrapRoundsReps => CreateAmrap(entry),
            ScoringType.Load => CreateMeasured(scoringType, entry, ScoreUnit.Kilograms, ScoreUnit.Kilograms, ScoreUnit.Pounds),
            ScoringType.Distance => CreateMeasured(scoringType, entry, ScoreUnit.Metres, ScoreUnit.Metres, ScoreUnit.Kilometres, ScoreUnit.Miles, ScoreUnit.Feet),
            ScoringType.Reps or ScoringType.Calories => CreateCount(scoringType, entry, wholeNumber: true),
            ScoringType.Points => CreateCount(scoringType, entry, wholeNumber: false),
            ScoringType.NoScore => CreateNoScore(entry),
            _ => throw Invalid(scoringType, "unknown scoring type"),
        };
    }

    /// <summary>Rebuilds a score from its stored parts (no checks: they were checked when created).</summary>
    public static WorkoutScore FromStored(ScoringType scoringType, decimal? value, bool isCapped, int? rounds, int? reps, ScoreUnit displayUnit, decimal? displayValue) =>
        new(scoringType, value, isCapped, rounds, reps, displayUnit, displayValue);

    /// <summary>
    /// True when this score is strictly better than <paramref name="other"/> of the same scoring type for a personal record
    /// (time lower, everything else higher; equal is not better; capped and no score never are).
    /// </summary>
    public bool IsBetterPersonalRecordThan(WorkoutScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!CanBePersonalRecord)
        {
            return false;
        }

        if (!other.CanBePersonalRecord || other.ScoringType != ScoringType)
        {
            return true;
        }

        return ScoringType == ScoringType.ForTime ? Value < other.Value : Value > other.Value;
    }

    /// <summary>
    /// Orders two scores of the same scoring type for a leaderboard: negative when this one ranks above
    /// <paramref name="other"/>, zero for a tie. For time: finishers by time ascending, then capped by reps descending;
    /// everything else by value descending; no score always ties.
    /// </summary>
    public int CompareForRanking(WorkoutScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ScoringType == ScoringType.NoScore || other.ScoringType == ScoringType.NoScore)
        {
            return 0;
        }

        if (ScoringType == ScoringType.ForTime)
        {
            if (IsCapped != other.IsCapped)
            {
                return IsCapped ? 1 : -1;
            }

            return IsCapped
                ? (other.Reps ?? 0).CompareTo(Reps ?? 0)
                : (Value ?? 0).CompareTo(other.Value ?? 0);
        }

        return (other.Value ?? 0).CompareTo(Value ?? 0);
    }

    /// <summary>
    /// The score for display, rounded for display only: <c>3:05</c>, <c>CAP + 47</c>, <c>12 + 5</c>, <c>102.5 kg</c>,
    /// <c>225 lb</c>, <c>5 km</c>, <c>150</c>; empty for no score.
    /// </summary>
    public string ToDisplayString()
    {
        var culture = CultureInfo.InvariantCulture;
        return ScoringType switch
        {
            ScoringType.NoScore => string.Empty,
            ScoringType.ForTime when IsCapped => string.Create(culture, $"CAP + {Reps ?? 0}"),
            ScoringType.ForTime => FormatTime(Value ?? 0),
            ScoringType.AmrapRoundsReps => string.Create(culture, $"{Rounds ?? 0} + {Reps ?? 0}"),
            _ => (Math.Round(DisplayValue ?? Value ?? 0, 2, MidpointRounding.AwayFromZero).ToString("0.##", culture) + " " + UnitSymbol(DisplayUnit)).TrimEnd(),
        };
    }

    private static string FormatTime(decimal seconds)
    {
        var rounded = Math.Round(seconds, 1, MidpointRounding.AwayFromZero);
        var whole = (long)Math.Floor(rounded);
        var fraction = rounded - whole;
        var hours = whole / 3600;
        var minutes = whole / 60 % 60;
        var secs = whole % 60;
        var text = hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{secs:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{secs:00}");
        return fraction > 0 ? text + fraction.ToString(".0", CultureInfo.InvariantCulture) : text;
    }

    private static string UnitSymbol(ScoreUnit unit) => unit switch
    {
        ScoreUnit.Kilograms => "kg",
        ScoreUnit.Pounds => "lb",
        ScoreUnit.Metres => "m",
        ScoreUnit.Kilometres => "km",
        ScoreUnit.Miles => "mi",
        ScoreUnit.Feet => "ft",
        ScoreUnit.Seconds => "s",
        _ => string.Empty,
    };

    private static WorkoutScore CreateForTime(int? timeCapSeconds, ScoreEntry entry)
    {
        if (entry.Rounds is not null)
        {
            throw Invalid(ScoringType.ForTime, "a for-time score has no rounds");
        }

        if (entry.Capped)
        {
            if (timeCapSeconds is null)
            {
                throw new BusinessException(ProgramsErrorCodes.InvalidCappedScore, "The workout has no time cap, so a result cannot be capped.");
            }

            if (entry.Reps is not { } reps)
            {
                throw new BusinessException(ProgramsErrorCodes.InvalidCappedScore, "A capped result needs the reps done at the cap.");
            }

            if (reps < 0)
            {
                throw Negative(ScoringType.ForTime);
            }

            if (entry.Value is not null || entry.Time is not null)
            {
                throw Invalid(ScoringType.ForTime, "a capped result has no time: it is CAP + reps");
            }

            return new WorkoutScore(ScoringType.ForTime, reps, isCapped: true, rounds: null, reps, ScoreUnit.Count, displayValue: null);
        }

        if (entry.Reps is not null)
        {
            throw Invalid(ScoringType.ForTime, "a finished for-time score has no reps (reps go with a capped result)");
        }

        if ((entry.Value is null) == (entry.Time is null))
        {
            throw Invalid(ScoringType.ForTime, "give the time either as seconds (value) or as text (time)");
        }

        if (entry.Unit is not (null or ScoreUnit.Seconds))
        {
            throw Invalid(ScoringType.ForTime, "a time is in seconds");
        }

        var seconds = entry.Value ?? ParseTime(entry.Time!);
        if (seconds < 0)
        {
            throw Negative(ScoringType.ForTime);
        }

        if (seconds == 0 || seconds > WorkoutResultConsts.MaxScoreValue)
        {
            throw Invalid(ScoringType.ForTime, "a time is above zero");
        }

        if (timeCapSeconds is { } cap && seconds > cap)
        {
            throw new BusinessException(ProgramsErrorCodes.ScoreAboveTimeCap, "The time is above the time cap: log it as capped with the reps done.")
                .WithData("seconds", seconds)
                .WithData("timeCapSeconds", cap);
        }

        return new WorkoutScore(ScoringType.ForTime, seconds, isCapped: false, rounds: null, reps: null, ScoreUnit.Seconds, seconds);
    }

    private static decimal ParseTime(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length is < 1 or > 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw Invalid(ScoringType.ForTime, "a time is ss, mm:ss or h:mm:ss");
        }

        decimal total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            var style = last ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
            if (!decimal.TryParse(parts[i], style, CultureInfo.InvariantCulture, out var part) ||
                (i > 0 && part >= 60))
            {
                throw Invalid(ScoringType.ForTime, "a time is ss, mm:ss or h:mm:ss");
            }

            total = (total * 60) + part;
        }

        return total;
    }

    private static WorkoutScore CreateAmrap(ScoreEntry entry)
    {
        if (entry.Value is not null || entry.Time is not null || entry.Capped || entry.Unit is not (null or ScoreUnit.Count))
        {
            throw Invalid(ScoringType.AmrapRoundsReps, "an AMRAP score is rounds and reps");
        }

        if (entry.Rounds is not { } rounds)
        {
            throw Invalid(ScoringType.AmrapRoundsReps, "an AMRAP score needs the rounds");
        }

        var reps = entry.Reps ?? 0;
        if (rounds < 0 || reps < 0)
        {
            throw Negative(ScoringType.AmrapRoundsReps);
        }

        if (reps >= WorkoutResultConsts.AmrapRepsPerRoundLimit || rounds > 99_999)
        {
            throw Invalid(ScoringType.AmrapRoundsReps, "AMRAP extra reps are below 1000");
        }

        return new WorkoutScore(ScoringType.AmrapRoundsReps, (rounds * 1000m) + reps, isCapped: false, rounds, reps, ScoreUnit.Count, displayValue: null);
    }

    private static WorkoutScore CreateMeasured(ScoringType scoringType, ScoreEntry entry, ScoreUnit canonical, params ScoreUnit[] allowed)
    {
        RefuseComponents(scoringType, entry);
        if (entry.Value is not { } value)
        {
            throw Invalid(scoringType, "the score needs a value");
        }

        var unit = entry.Unit ?? canonical;
        if (!allowed.Contains(unit))
        {
            throw Invalid(scoringType, $"the unit {unit} does not fit");
        }

        if (value < 0)
        {
            throw Negative(scoringType);
        }

        var canonicalValue = unit switch
        {
            ScoreUnit.Pounds => value * KilogramsPerPound,
            ScoreUnit.Kilometres => value * 1000m,
            ScoreUnit.Miles => value * MetresPerMile,
            ScoreUnit.Feet => value * MetresPerFoot,
            _ => value,
        };
        if (canonicalValue > WorkoutResultConsts.MaxScoreValue)
        {
            throw Invalid(scoringType, "the value is too large");
        }

        return new WorkoutScore(scoringType, canonicalValue, isCapped: false, rounds: null, reps: null, unit, value);
    }

    private static WorkoutScore CreateCount(ScoringType scoringType, ScoreEntry entry, bool wholeNumber)
    {
        RefuseComponents(scoringType, entry);
        if (entry.Value is not { } value)
        {
            throw Invalid(scoringType, "the score needs a value");
        }

        if (entry.Unit is not (null or ScoreUnit.Count))
        {
            throw Invalid(scoringType, "the score is a count");
        }

        if (value < 0)
        {
            throw Negative(scoringType);
        }

        if ((wholeNumber && value != decimal.Truncate(value)) || value > WorkoutResultConsts.MaxScoreValue)
        {
            throw Invalid(scoringType, "the score is a whole number");
        }

        return new WorkoutScore(scoringType, value, isCapped: false, rounds: null, reps: null, ScoreUnit.Count, value);
    }

    private static WorkoutScore CreateNoScore(ScoreEntry entry)
    {
        if (entry.Value is not null || entry.Time is not null || entry.Rounds is not null || entry.Reps is not null || entry.Capped)
        {
            throw Invalid(ScoringType.NoScore, "the workout is not scored");
        }

        return new WorkoutScore(ScoringType.NoScore, value: null, isCapped: false, rounds: null, reps: null, ScoreUnit.Count, displayValue: null);
    }

    private static void RefuseComponents(ScoringType scoringType, ScoreEntry entry)
    {
        if (entry.Time is not null || entry.Rounds is not null || entry.Reps is not null || entry.Capped)
        {
            throw Invalid(scoringType, "the score is one value (no time, rounds, reps or cap)");
        }
    }

    private static BusinessException Invalid(ScoringType scoringType, string reason) =>
        new BusinessException(ProgramsErrorCodes.InvalidScore, $"The score does not fit the scoring type {scoringType}: {reason}.")
            .WithData("scoringType", scoringType.ToString())
            .WithData("reason", reason);

    private static BusinessException Negative(ScoringType scoringType) =>
        new BusinessException(ProgramsErrorCodes.NegativeScore, "A score cannot be negative.")
            .WithData("scoringType", scoringType.ToString());
}
