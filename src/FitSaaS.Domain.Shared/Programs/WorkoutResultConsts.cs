namespace FitSaaS.Programs;

/// <summary>Limits of workout results and personal records.</summary>
public static class WorkoutResultConsts
{
    /// <summary>Maximum length of a result's notes.</summary>
    public const int MaxNotesLength = 2000;

    /// <summary>Maximum length of the snapshotted title.</summary>
    public const int MaxTitleLength = 256;

    /// <summary>Maximum length of a personal-record key (<c>W:{workout}:{scoring}:{division}</c> or <c>E:{exercise}:{n}RM:{division}</c>).</summary>
    public const int MaxPersonalRecordKeyLength = 96;

    /// <summary>The largest rep-max scheme of a lift (1RM … 20RM).</summary>
    public const int MaxRepMax = 20;

    /// <summary>AMRAP extra reps are below this (the canonical value is rounds × 1000 + reps).</summary>
    public const int AmrapRepsPerRoundLimit = 1000;

    /// <summary>Largest canonical score accepted (any unit), to keep values in the stored precision.</summary>
    public const decimal MaxScoreValue = 100_000_000m;

    /// <summary>How far in the future (by the server's clock) a performed-at instant may be: 5 minutes of clock skew.</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);
}
