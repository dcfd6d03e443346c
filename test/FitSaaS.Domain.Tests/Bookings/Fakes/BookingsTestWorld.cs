using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.FeatureManagement;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

/// <summary>The Bookings domain over in-memory repositories: managers, a class type, a location and builders.</summary>
public sealed class BookingsTestWorld
{
    public static readonly DateTime Now = new(2030, 1, 10, 12, 0, 0, DateTimeKind.Utc);


    private readonly MemoryDistributedCache _store = new(Options.Create(new MemoryDistributedCacheOptions()));

    public BookingsTestWorld()
    {
        var guids = new SequentialGuidGenerator(TimeProvider.System);
        var currentTenant = new CurrentTenant(new CurrentTenantAccessor());
        CurrentTenant = currentTenant;
        Guids = guids;
        Features = new FeatureTestWorld(currentTenant);
        Bookings = new FakeBookingRepository(Sessions);
        // The real typed cache over an in-memory store: cached items make the JSON round trip they make in production.
        Policies = new BookingPolicyProvider(ClassTypes, Locations, Settings, Cache<BookingPolicyLevelCacheItem>(currentTenant), new NoUnitOfWorkManager(), currentTenant);
        Snapshots = new ClassSessionSnapshotCache(Sessions, Cache<ClassSessionSnapshot>(currentTenant));
        BookingManager = new BookingManager(
            Bookings, Sessions, Policies, Snapshots, Features.Lock, Guards, Settings, guids, currentTenant, Features.Checker);
        LocationManager = new LocationManager(Locations, Sessions, Schedules, [], Features.Quota, guids, currentTenant);
        var rescheduled = new ClassSessionRescheduledPublisher(Bookings, Events);
        ScheduleManager = new ClassScheduleManager(Schedules, Sessions, ClassTypes, Locations, rescheduled, guids, currentTenant);
        SessionManager = new ClassSessionManager(Sessions, ClassTypes, Locations, BookingManager, rescheduled, Events, guids, currentTenant);
        ClassType = new ClassType(guids.Create(), TenantId, "WOD", null, defaultCapacity: 16, durationMinutes: 60);
        Location = new Location(guids.Create(), TenantId, "Downtown", "America/New_York");
        ClassTypes.Items.Add(ClassType);
        Locations.Items.Add(Location);
    }

    public Guid TenantId { get; } = Guid.NewGuid();

    public IGuidGenerator Guids { get; }

    public FakeBookingRepository Bookings { get; }

    public FakeSettingProvider Settings { get; } = new();

    public BookingPolicyProvider Policies { get; }

    public ClassSessionSnapshotCache Snapshots { get; }

    /// <summary>The guards the booking manager runs (a test adds its own before booking).</summary>
    public List<IBookingGuard> Guards { get; } = [];

    public FakeClassSessionRepository Sessions { get; } = new();

    public FakeClassTypeRepository ClassTypes { get; } = new();

    public FakeLocationRepository Locations { get; } = new();

    public FakeClassScheduleRepository Schedules { get; } = new();

    public FakeDistributedEventBus Events { get; } = new();

    public ClassScheduleManager ScheduleManager { get; }

    public ICurrentTenant CurrentTenant { get; }

    /// <summary>Feature values per tenant (all defaults until a test sets some); the host is never restricted.</summary>
    public FeatureTestWorld Features { get; }

    public BookingManager BookingManager { get; }

    public LocationManager LocationManager { get; }

    public ClassSessionManager SessionManager { get; }

    public ClassType ClassType { get; }

    public Location Location { get; }

    /// <summary>Adds a session starting a day after <see cref="Now"/>.</summary>
    public ClassSession AddSession(int capacity, DateTime? startsAtUtc = null)
    {
        var session = new ClassSession(
            Guids.Create(), TenantId, ClassType.Id, Location.Id, startsAtUtc ?? Now.AddDays(1), 60, capacity, coachId: null);
        Sessions.Items.Add(session);
        return session;
    }

    /// <summary>Books the session for <paramref name="count"/> new members, one second apart.</summary>
    public async Task<List<Booking>> BookManyAsync(ClassSession session, int count)
    {
        var bookings = new List<Booking>();
        for (var i = 0; i < count; i++)
        {
            bookings.Add(await BookingManager.BookAsync(session.Id, Guid.NewGuid(), Now.AddSeconds(i)));
        }

        return bookings;
    }

    /// <summary>The session's waitlist positions, in line order.</summary>
    public List<int?> WaitlistPositions(ClassSession session) => Bookings.Items
        .Where(b => b.ClassSessionId == session.Id && b.Status == BookingStatus.Waitlisted)
        .OrderBy(b => b.WaitlistPosition)
        .Select(b => b.WaitlistPosition)
        .ToList();

    private DistributedCache<TItem> Cache<TItem>(ICurrentTenant currentTenant)
        where TItem : class =>
        new(_store, currentTenant, Options.Create(new FitSaaSDistributedCacheOptions()), NullLogger<DistributedCache<TItem>>.Instance, TimeProvider.System);
}
