namespace FitSaaS.Programs;

/// <summary>Helpers of the programming app services: the current instant at database precision and date-range checks.</summary>
public static class ProgrammingClock
{
    /// <summary>The current instant truncated to whole microseconds, the precision PostgreSQL stores, so responses match later reads.</summary>
    public static DateTime Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Truncate(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>An instant as UTC, truncated to whole microseconds.</summary>
    public static DateTime Truncate(DateTime instant)
    {
        var utc = instant.Kind switch
        {
            DateTimeKind.Utc => instant,
            DateTimeKind.Local => instant.ToUniversalTime(),
            _ => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
        };
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    /// <summary>Checks a local date range: <paramref name="from"/> on or before <paramref name="to"/>, at most <see cref="ProgrammingConsts.MaxDateRangeDays"/> days.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="ProgramsErrorCodes.InvalidDateRange"/>.</exception>
    public static void CheckRange(DateOnly from, DateOnly to)
    {
        if (to < from || to.DayNumber - from.DayNumber >= ProgrammingConsts.MaxDateRangeDays)
        {
            throw new Framework.Exceptions.BusinessException(ProgramsErrorCodes.InvalidDateRange,
                    $"A date range runs forward and spans at most {ProgrammingConsts.MaxDateRangeDays} days.")
                .WithData("from", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .WithData("to", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
