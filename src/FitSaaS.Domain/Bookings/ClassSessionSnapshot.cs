using FitSaaS.Framework.Caching;

namespace FitSaaS.Bookings;

/// <summary>
/// What a booking needs of its session before the session's lock (the member's limits are counted first): when and where it
/// is, its class type and its own policy values. Cached (<see cref="ClassSessionSnapshotCache"/>) and possibly stale: the
/// booking compares it with the locked session (<see cref="Matches"/>) and counts again when the session moved.
/// </summary>
/// <param name="Id">The session.</param>
/// <param name="StartsAtUtc">Its start (UTC).</param>
/// <param name="LocationId">Its location.</param>
/// <param name="ClassTypeId">Its class type.</param>
/// <param name="Policy">Its own booking-policy values.</param>
[CacheName("FitSaaS.Bookings.ClassSessionSnapshots")]
public sealed record ClassSessionSnapshot(Guid Id, DateTime StartsAtUtc, Guid LocationId, Guid ClassTypeId, BookingPolicyOverrides Policy)
{
    /// <summary>The snapshot of a session as it is now.</summary>
    public static ClassSessionSnapshot From(ClassSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new ClassSessionSnapshot(session.Id, session.StartsAtUtc, session.LocationId, session.ClassTypeId, session.Policy);
    }

    /// <summary>True when <paramref name="session"/> still starts at the same instant, at the same place, with the same class type and policy values.</summary>
    public bool Matches(ClassSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Id == Id && session.StartsAtUtc == StartsAtUtc && session.LocationId == LocationId && session.ClassTypeId == ClassTypeId &&
            session.Policy == Policy;
    }
}
