namespace FitSaaS.Bookings;

/// <summary>
/// Local event: a class type's or a location's booking-policy values (or the location's time zone) changed, so its cached
/// level (<see cref="BookingPolicyLevelCacheItem"/>) must go.
/// </summary>
/// <param name="CacheKey">The level's key in <see cref="BookingPolicyProvider"/>'s cache.</param>
public sealed record BookingPolicyLevelChangedEvent(string CacheKey);
