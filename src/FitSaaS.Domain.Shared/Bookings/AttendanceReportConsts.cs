namespace FitSaaS.Bookings;

/// <summary>Limits of the attendance report and the coach's session list.</summary>
public static class AttendanceReportConsts
{
    /// <summary>Longest range of one attendance report, in days (<see cref="BookingsErrorCodes.ReportRangeTooLong"/> beyond).</summary>
    public const int MaxRangeDays = 366;

    /// <summary>Range of the coach's session list when the caller gives no end, in days from its start.</summary>
    public const int CoachSessionsDefaultDays = 14;

    /// <summary>Longest range of the coach's session list, in days.</summary>
    public const int CoachSessionsMaxDays = 92;

    /// <summary>Decimal places of the report's rates (4: a rate is exact to a hundredth of a percent).</summary>
    public const int RateDecimals = 4;
}
