namespace FitSaaS.Bookings;

/// <summary>Feature names of the Bookings module.</summary>
public static class BookingsFeatures
{
    /// <summary>Group name.</summary>
    public const string GroupName = "Bookings";

    /// <summary>
    /// Waitlists (boolean, default true): when off, booking a full session is refused with
    /// <c>Bookings:SessionFull</c> instead of joining the waitlist.
    /// </summary>
    public const string Waitlist = GroupName + ".Waitlist";

    /// <summary>
    /// Most locations a tenant may have (integer, -1 = unlimited, default -1): creating one more gives
    /// <c>Features:QuotaExceeded</c>.
    /// </summary>
    public const string MaxLocations = GroupName + ".MaxLocations";
}
