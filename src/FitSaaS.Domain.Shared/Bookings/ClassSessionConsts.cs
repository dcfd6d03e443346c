namespace FitSaaS.Bookings;

/// <summary>Limits of class sessions (and of the defaults a class type gives them).</summary>
public static class ClassSessionConsts
{
    /// <summary>Smallest capacity of a session: one seat.</summary>
    public const int MinCapacity = 1;

    /// <summary>Largest capacity of a session.</summary>
    public const int MaxCapacity = 1000;

    /// <summary>Shortest duration of a session, in minutes.</summary>
    public const int MinDurationMinutes = 1;

    /// <summary>Longest duration of a session, in minutes (one day).</summary>
    public const int MaxDurationMinutes = 24 * 60;

    /// <summary>Longest reason given when staff cancel a session, in characters.</summary>
    public const int MaxCancellationReasonLength = 256;

    /// <summary>Most sessions one bulk action may touch.</summary>
    public const int MaxBulkSessions = 500;

    /// <summary>Longest date range of one bulk action, in days.</summary>
    public const int MaxBulkRangeDays = 92;
}
