namespace FitSaaS.Bookings;

/// <summary>Normalizes instants of inputs to UTC the way the domain does: an unspecified kind is read as UTC.</summary>
internal static class UtcInputs
{
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTime? ToUtc(DateTime? value) => value is { } v ? ToUtc(v) : null;
}
