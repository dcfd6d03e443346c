namespace FitSaaS.Bookings;

/// <summary>Normalizes instants to <see cref="DateTimeKind.Utc"/>: an unspecified kind is read as UTC (the API speaks UTC only).</summary>
internal static class UtcInstant
{
    public static DateTime From(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTime? From(DateTime? value) => value is { } v ? From(v) : null;
}
