using System.Globalization;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Resolves the <see cref="BookingPolicy"/> of a class session: each value from the first of the session's own
/// <see cref="ClassSession.Policy"/>, its class type's, its location's, and the tenant's settings (one settings read for
/// all of them, and for the strike rule, per instance). The class type's and location's levels come from the distributed cache (per tenant, 10 minutes, removed
/// after the commit of a change: <see cref="BookingPolicyLevelChangedEvent"/>); the unit of work that changed one reads it
/// from the database until it commits. An instance keeps what it read for its lifetime (one request).
/// </summary>
public sealed class BookingPolicyProvider(
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    ISettingProvider settings,
    IDistributedCache<BookingPolicyLevelCacheItem> cache,
    IUnitOfWorkManager unitOfWorkManager,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>How long a cached level lives: 10 minutes.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(10);

    private static readonly DistributedCacheEntryOptions Entry = new() { AbsoluteExpirationRelativeToNow = CacheDuration };

    private static readonly string[] s_names =
    [
        BookingsSettingNames.BookingOpensMinutes, BookingsSettingNames.BookingClosesMinutes, BookingsSettingNames.FreeCancellationMinutes,
        BookingsSettingNames.CancellationCutoffMinutes, BookingsSettingNames.WaitlistCutoffMinutes, BookingsSettingNames.WaitlistMaxSize,
        BookingsSettingNames.CheckInOpensMinutes, BookingsSettingNames.CheckInClosesMinutes, BookingsSettingNames.MaxBookingsPerDay,
        BookingsSettingNames.MaxBookingsPerWeek, BookingsSettingNames.MaxUpcomingBookings, BookingsSettingNames.StrikeLimit,
        BookingsSettingNames.StrikeWindowDays, BookingsSettingNames.StrikeRestrictionDays,
    ];

    private readonly Dictionary<string, BookingPolicyLevelCacheItem?> _levels = new(StringComparer.Ordinal);
    private (Guid? TenantId, IReadOnlyDictionary<string, string?> Values)? _settings;

    /// <summary>The cache key of a class type's level.</summary>
    public static string ClassTypeKey(Guid classTypeId) => $"classType:{classTypeId:N}";

    /// <summary>The cache key of a location's level.</summary>
    public static string LocationKey(Guid locationId) => $"location:{locationId:N}";

    /// <summary>The session's policy.</summary>
    public Task<BookingPolicy> GetAsync(ClassSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return GetAsync(session.Policy, session.ClassTypeId, session.LocationId, cancellationToken);
    }

    /// <summary>The policy of the session a snapshot describes.</summary>
    public Task<BookingPolicy> GetAsync(ClassSessionSnapshot session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return GetAsync(session.Policy, session.ClassTypeId, session.LocationId, cancellationToken);
    }

    /// <summary>The tenant's no-show strike rule.</summary>
    public async Task<BookingStrikeRule> GetStrikeRuleAsync()
    {
        var values = await GetSettingsAsync();
        return new BookingStrikeRule(
            Int(values, BookingsSettingNames.StrikeLimit, 0),
            TimeSpan.FromDays(Math.Max(1, Int(values, BookingsSettingNames.StrikeWindowDays, 30))),
            TimeSpan.FromDays(Math.Max(0, Int(values, BookingsSettingNames.StrikeRestrictionDays, 7))));
    }

    /// <summary>The IANA time zone of the location.</summary>
    /// <exception cref="EntityNotFoundException">No such location in the current tenant.</exception>
    public async Task<string> GetTimeZoneIdAsync(Guid locationId, CancellationToken cancellationToken = default) =>
        (await GetLocationLevelAsync(locationId, cancellationToken))?.TimeZoneId ?? throw new EntityNotFoundException(typeof(Location), locationId);

    private async Task<BookingPolicy> GetAsync(BookingPolicyOverrides sessionPolicy, Guid classTypeId, Guid locationId, CancellationToken cancellationToken)
    {
        var classType = (await GetLevelAsync(ClassTypeKey(classTypeId), async () => await classTypes.FindAsync(classTypeId, cancellationToken) is { } type
            ? new BookingPolicyLevelCacheItem(type.Policy, null)
            : null, cancellationToken))?.Policy ?? BookingPolicyOverrides.None;
        var location = (await GetLocationLevelAsync(locationId, cancellationToken))?.Policy ?? BookingPolicyOverrides.None;
        var tenant = await GetSettingsAsync();
        BookingPolicyOverrides[] levels = [sessionPolicy, classType, location];

        int Resolve(Func<BookingPolicyOverrides, int?> value, string setting, int fallback) =>
            levels.Select(value).FirstOrDefault(v => v is not null) ?? Int(tenant, setting, fallback);

        var opens = Resolve(p => p.BookingOpensMinutes, BookingsSettingNames.BookingOpensMinutes, 0);
        return new BookingPolicy(
            OpensBefore: opens > 0 ? TimeSpan.FromMinutes(opens) : null,
            ClosesBefore: TimeSpan.FromMinutes(Resolve(p => p.BookingClosesMinutes, BookingsSettingNames.BookingClosesMinutes, 0)),
            FreeCancellationBefore: Minutes(Resolve(p => p.FreeCancellationMinutes, BookingsSettingNames.FreeCancellationMinutes, 0)),
            CancellationCutoffBefore: Minutes(Resolve(p => p.CancellationCutoffMinutes, BookingsSettingNames.CancellationCutoffMinutes, 0)),
            WaitlistCutoffBefore: Minutes(Resolve(p => p.WaitlistCutoffMinutes, BookingsSettingNames.WaitlistCutoffMinutes, 0)),
            WaitlistMaxSize: Math.Max(0, Resolve(p => p.WaitlistMaxSize, BookingsSettingNames.WaitlistMaxSize, 0)),
            CheckInOpensBefore: Minutes(Resolve(p => p.CheckInOpensMinutes, BookingsSettingNames.CheckInOpensMinutes, 30)),
            CheckInClosesAfter: Minutes(Resolve(p => p.CheckInClosesMinutes, BookingsSettingNames.CheckInClosesMinutes, 10)),
            MaxBookingsPerDay: Math.Max(0, Resolve(p => p.MaxBookingsPerDay, BookingsSettingNames.MaxBookingsPerDay, 0)),
            MaxBookingsPerWeek: Math.Max(0, Resolve(p => p.MaxBookingsPerWeek, BookingsSettingNames.MaxBookingsPerWeek, 0)),
            MaxUpcomingBookings: Math.Max(0, Resolve(p => p.MaxUpcomingBookings, BookingsSettingNames.MaxUpcomingBookings, 0)));
    }

    private Task<BookingPolicyLevelCacheItem?> GetLocationLevelAsync(Guid locationId, CancellationToken cancellationToken) =>
        GetLevelAsync(LocationKey(locationId), async () => await locations.FindAsync(locationId, cancellationToken) is { } location
            ? new BookingPolicyLevelCacheItem(location.Policy, location.TimeZoneId)
            : null, cancellationToken);

    // Missing levels (no such class type or location) are not cached.
    private async Task<BookingPolicyLevelCacheItem?> GetLevelAsync(string key, Func<Task<BookingPolicyLevelCacheItem?>> load, CancellationToken cancellationToken)
    {
        if (_levels.TryGetValue(key, out var level))
        {
            return level;
        }

        if (unitOfWorkManager.Current.HasCacheDataChanged(key))
        {
            level = await load();
        }
        else if ((level = await cache.GetAsync(key, cancellationToken)) is null && (level = await load()) is not null)
        {
            await cache.SetAsync(key, level, Entry, cancellationToken);
        }

        _levels[key] = level;
        return level;
    }

    // One settings read per instance and tenant (a booking resolves its policy before and after the lock, and the strike rule).
    private async Task<IReadOnlyDictionary<string, string?>> GetSettingsAsync()
    {
        if (_settings is not { } memo || memo.TenantId != currentTenant.Id)
        {
            _settings = memo = (currentTenant.Id, await settings.GetAllAsync(s_names));
        }

        return memo.Values;
    }

    private static int Int(IReadOnlyDictionary<string, string?> values, string name, int fallback) =>
        int.TryParse(values.GetValueOrDefault(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    // A negative tenant value of a "before" span makes no sense; it counts as zero.
    private static TimeSpan Minutes(int minutes) => TimeSpan.FromMinutes(Math.Max(0, minutes));
}
