namespace FitSaaS.Bookings;

/// <summary>Limits of a location's fields (used by DTO validation and the database columns).</summary>
public static class LocationConsts
{
    /// <summary>Maximum length of a location's name.</summary>
    public const int MaxNameLength = 128;

    /// <summary>Maximum length of an IANA time-zone id (the longest in tzdata is about 32 characters).</summary>
    public const int MaxTimeZoneIdLength = 64;
}
