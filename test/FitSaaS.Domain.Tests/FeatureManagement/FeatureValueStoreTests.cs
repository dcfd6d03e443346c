using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Domain.Tests.Framework.Caching;
using FitSaaS.Framework.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FitSaaS.Domain.Tests.FeatureManagement;

public sealed class FeatureValueStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2030, 1, 10, 12, 0, 0, DateTimeKind.Utc);

    private readonly FeatureTestWorld _features = new(new CurrentTenant(new CurrentTenantAccessor()));
    private readonly FakeEditionRepository _editions = new();
    private readonly FakeTenantFeatureValueRepository _tenantValues = new();
    private readonly MemoryDistributedCache _memory = new(Options.Create(new MemoryDistributedCacheOptions()));
    private readonly FeatureValueCache _cache;
    private readonly EditionManager _editionManager;
    private readonly TenantFeatureManager _tenantManager;
    private readonly FeatureValueStore _store;
    private readonly Guid _tenantId = Guid.NewGuid();

    public FeatureValueStoreTests()
    {
        var guids = new SequentialGuidGenerator(TimeProvider.System);
        var clock = new FixedTimeProvider(new DateTimeOffset(Now));
        var tenant = new CurrentTenant(new CurrentTenantAccessor());
        _cache = new FeatureValueCache(
            CacheTestSupport.CreateCache<TenantFeatureCacheItem>(_memory, tenant),
            new CacheStamps(CacheTestSupport.CreateCache<CacheStampItem>(_memory, tenant)));
        _editionManager = new EditionManager(_editions, _features.Definitions, guids, _cache, new NoUnitOfWorkManager());
        _tenantManager = new TenantFeatureManager(_tenantValues, _editions, _features.Definitions, guids, _cache, new NoUnitOfWorkManager(), clock, Options.Create(new FeatureManagementOptions()));
        _store = new FeatureValueStore(_editions, _tenantValues, _features.Definitions, _cache, new NoUnitOfWorkManager(), clock, Options.Create(new FeatureManagementOptions()));
    }

    [Fact]
    public async Task GetTenantValuesAsync_ResolvesOverrideThenEditionThenLeavesDefaults()
    {
        var studio = await AddEditionAsync("Studio", (BookingsFeatures.MaxLocations, "3"), (BookingsFeatures.Waitlist, "true"));
        _tenantValues.Tenants[_tenantId] = (studio.Id, null);
        await _tenantManager.SetOverridesAsync(_tenantId, [new(BookingsFeatures.MaxLocations, "10")]);

        var values = await _store.GetTenantValuesAsync(_tenantId);

        values[BookingsFeatures.MaxLocations].ShouldBe("10");
        values[BookingsFeatures.Waitlist].ShouldBe("true");
        values.ContainsKey(IdentityFeatures.MaxMembers).ShouldBeFalse();
    }

    [Fact]
    public async Task GetSnapshotAsync_TrialEnded_FallsBackToTheConfiguredEdition()
    {
        var free = await AddEditionAsync("Free", (BookingsFeatures.MaxLocations, "1"));
        var pro = await AddEditionAsync("Pro", (BookingsFeatures.MaxLocations, "-1"));
        _tenantValues.Tenants[_tenantId] = (pro.Id, Now.AddMinutes(-1));

        var snapshot = await _store.GetSnapshotAsync(_tenantId);

        snapshot.IsEditionExpired.ShouldBeTrue();
        snapshot.EditionId.ShouldBe(pro.Id);
        snapshot.EffectiveEditionId.ShouldBe(free.Id);
        snapshot.Values[BookingsFeatures.MaxLocations].ShouldBe("1");
    }

    [Fact]
    public async Task GetSnapshotAsync_TrialRunning_UsesTheTrialEdition()
    {
        await AddEditionAsync("Free", (BookingsFeatures.MaxLocations, "1"));
        var pro = await AddEditionAsync("Pro", (BookingsFeatures.MaxLocations, "-1"));
        _tenantValues.Tenants[_tenantId] = (pro.Id, Now.AddDays(14));

        var snapshot = await _store.GetSnapshotAsync(_tenantId);

        snapshot.IsEditionExpired.ShouldBeFalse();
        snapshot.EffectiveEditionName.ShouldBe("Pro");
        snapshot.Values[BookingsFeatures.MaxLocations].ShouldBe("-1");
    }

    [Fact]
    public async Task SetValues_EditionChange_InvalidatesEveryTenantsCachedValues()
    {
        var studio = await AddEditionAsync("Studio", (BookingsFeatures.MaxLocations, "3"));
        _tenantValues.Tenants[_tenantId] = (studio.Id, null);
        (await _store.GetTenantValuesAsync(_tenantId))[BookingsFeatures.MaxLocations].ShouldBe("3");

        await _editionManager.SetValuesAsync(studio, [new(BookingsFeatures.MaxLocations, "4")]);

        (await _store.GetTenantValuesAsync(_tenantId))[BookingsFeatures.MaxLocations].ShouldBe("4");
    }

    [Fact]
    public async Task SetValues_OneInvalidValue_ChangesNothing()
    {
        var studio = await AddEditionAsync("Studio", (BookingsFeatures.MaxLocations, "3"));

        var exception = await Should.ThrowAsync<BusinessException>(() =>
            _editionManager.SetValuesAsync(studio, [new(BookingsFeatures.MaxLocations, "5"), new(BookingsFeatures.Waitlist, "maybe")]));

        exception.Code.ShouldBe(FeatureErrorCodes.InvalidValue);
        exception.Details["feature"].ShouldBe(BookingsFeatures.Waitlist);
        studio.FindValue(BookingsFeatures.MaxLocations).ShouldBe("3");
        studio.FindValue(BookingsFeatures.Waitlist).ShouldBeNull();
        await Task.CompletedTask;
    }

    [Fact]
    public async Task SetOverridesAsync_UnknownFeature_ThrowsUnknownFeature()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _tenantManager.SetOverridesAsync(_tenantId, [new("Nope.Nothing", "1")]));

        exception.Code.ShouldBe(FeatureErrorCodes.UnknownFeature);
        _tenantValues.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task DeleteAsync_EditionInUse_ThrowsEditionInUse()
    {
        var studio = await AddEditionAsync("Studio");
        _editions.TenantCounts[studio.Id] = 2;

        var exception = await Should.ThrowAsync<BusinessException>(() => _editionManager.DeleteAsync(studio));

        exception.Code.ShouldBe(FeatureManagementErrorCodes.EditionInUse);
        _editions.Items.ShouldContain(studio);
    }

    [Fact]
    public async Task CreateAsync_DuplicateName_ThrowsDuplicateEditionName()
    {
        await AddEditionAsync("Studio");

        var exception = await Should.ThrowAsync<BusinessException>(() => _editionManager.CreateAsync("studio", "Again"));

        exception.Code.ShouldBe(FeatureManagementErrorCodes.DuplicateEditionName);
    }

    public void Dispose()
    {
    }

    private async Task<Edition> AddEditionAsync(string name, params (string Feature, string Value)[] values)
    {
        var edition = await _editionManager.CreateAsync(name, name);
        await _editionManager.SetValuesAsync(edition, values.Select(v => new KeyValuePair<string, string?>(v.Feature, v.Value)));
        await _editions.InsertAsync(edition);
        return edition;
    }
}
