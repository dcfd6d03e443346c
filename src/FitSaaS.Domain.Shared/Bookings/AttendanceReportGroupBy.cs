namespace FitSaaS.Bookings;

/// <summary>How the attendance report groups its sessions. Serialized as its name.</summary>
public enum AttendanceReportGroupBy
{
    /// <summary>
    /// By day of the week and hour of the session's start on its location's wall clock (the location's IANA time zone, so a
    /// 07:00 class stays in the 07:00 row across daylight-saving changes).
    /// </summary>
    HourOfWeek = 0,

    /// <summary>By class type.</summary>
    ClassType = 1,

    /// <summary>By coach; sessions without a coach form one row of their own.</summary>
    Coach = 2,

    /// <summary>By location.</summary>
    Location = 3,
}
