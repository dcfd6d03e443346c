namespace FitSaaS.Bookings;

/// <summary>
/// Normalizes instants to <see cref="DateTimeKind.Utc"/>: an unspecified kind is read as UTC (the API speaks UTC only), a
/// local one is converted. Used by the domain and by the application services for their inputs.
/// </summary>
public static class UtcInstant
{
    /// <summary>The instant as UTC.</summary>
    public static DateTime From(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    /// <summary>The instant as UTC, or null.</summary>
    public static DateTime? From(DateTime? value) => value is { } v ? From(v) : null;
}
