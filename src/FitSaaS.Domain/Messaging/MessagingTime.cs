namespace FitSaaS.Messaging;

/// <summary>UTC instants at the database's precision (microseconds).</summary>
internal static class MessagingTime
{
    /// <summary>The instant as UTC (an unspecified kind is taken as UTC), truncated to whole microseconds.</summary>
    public static DateTime Utc(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        };
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
