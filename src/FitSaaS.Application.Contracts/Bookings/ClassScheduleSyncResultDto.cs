namespace FitSaaS.Bookings;

/// <summary>What generating a schedule's sessions changed.</summary>
public sealed class ClassScheduleSyncResultDto
{
    /// <summary>Sessions generated for new occurrences.</summary>
    public int Created { get; init; }

    /// <summary>Future sessions that took the schedule's values.</summary>
    public int Updated { get; init; }

    /// <summary>Future sessions nobody had booked that are no longer an occurrence, deleted.</summary>
    public int Removed { get; init; }

    /// <summary>Future sessions no longer an occurrence but booked: kept and marked customized, for staff to handle.</summary>
    public int Kept { get; init; }
}
