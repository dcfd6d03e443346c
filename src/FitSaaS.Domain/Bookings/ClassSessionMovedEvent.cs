namespace FitSaaS.Bookings;

/// <summary>Local event: a class session got a new start instant (raised by <see cref="ClassSession.Reschedule"/>, not at creation).</summary>
/// <param name="ClassSessionId">The session.</param>
/// <param name="StartsAtUtc">Its new start (UTC).</param>
public sealed record ClassSessionMovedEvent(Guid ClassSessionId, DateTime StartsAtUtc);
