using FitSaaS.Framework.Caching;

namespace FitSaaS.Bookings;

/// <summary>A cached level of the booking policy: a class type's or a location's policy values (and the location's IANA zone).</summary>
/// <param name="Policy">The level's own values.</param>
/// <param name="TimeZoneId">The location's IANA time zone; null for a class type.</param>
[CacheName("FitSaaS.Bookings.BookingPolicyLevels")]
public sealed record BookingPolicyLevelCacheItem(BookingPolicyOverrides Policy, string? TimeZoneId);
