namespace FitSaaS.Bookings;

/// <summary>
/// When and where a class session takes place — what its members are told about when it changes
/// (<see cref="ClassSessionRescheduledPublisher"/>): the start, the length and the location.
/// </summary>
/// <param name="StartsAtUtc">The start (UTC).</param>
/// <param name="DurationMinutes">The length in minutes.</param>
/// <param name="LocationId">The location.</param>
public readonly record struct ClassSessionPlacement(DateTime StartsAtUtc, int DurationMinutes, Guid LocationId)
{
    /// <summary>The placement of <paramref name="session"/> as it is now.</summary>
    public static ClassSessionPlacement Of(ClassSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new ClassSessionPlacement(session.StartsAtUtc, session.DurationMinutes, session.LocationId);
    }
}
