using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Domain.Tests.FeatureManagement;

/// <summary>
/// The kit's real feature checker and quota over definitions (the tests' own <see cref="TestFeatureDefinitionProvider"/>,
/// FeatureManagement's, Bookings' and Identity's, and <paramref name="moreProviders"/>) and an in-memory store.
/// </summary>
public sealed class FeatureTestWorld
{
    public FeatureTestWorld(ICurrentTenant currentTenant, params Type[] moreProviders)
    {
        var options = new FeatureOptions();
        options.DefinitionProviders.Add(typeof(TestFeatureDefinitionProvider));
        options.DefinitionProviders.Add(typeof(BookingsFeatureDefinitionProvider));
        options.DefinitionProviders.Add(typeof(IdentityFeatureDefinitionProvider));
        options.DefinitionProviders.Add(typeof(FitSaaS.Messaging.MessagingFeatureDefinitionProvider));
        options.DefinitionProviders.Add(typeof(FitSaaS.Forms.FormsFeatureDefinitionProvider));
        foreach (var provider in moreProviders)
        {
            options.DefinitionProviders.Add(provider);
        }

        Definitions = new FeatureDefinitionManager(Options.Create(options), new ServiceCollection().BuildServiceProvider());
        Checker = new FeatureChecker(Definitions, Store, currentTenant);
        Quota = new FeatureQuota(Checker, Lock, currentTenant);
    }

    public IFeatureDefinitionManager Definitions { get; }

    public InMemoryFeatureValueStore Store { get; } = new();

    public RecordingQuotaLock Lock { get; } = new();

    public IFeatureChecker Checker { get; }

    public FeatureQuota Quota { get; }

    public void Set(Guid tenantId, string feature, string value) => Store.Set(tenantId, feature, value);
}

public sealed class InMemoryFeatureValueStore : IFeatureValueStore
{
    private readonly Dictionary<Guid, Dictionary<string, string>> _values = [];

    public void Set(Guid tenantId, string feature, string value)
    {
        if (!_values.TryGetValue(tenantId, out var values))
        {
            _values[tenantId] = values = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        values[feature] = value;
    }

    public Task<IReadOnlyDictionary<string, string>> GetTenantValuesAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(
            _values.TryGetValue(tenantId, out var values) ? values : new Dictionary<string, string>());
}

public sealed class RecordingQuotaLock : IQuotaLock
{
    public List<string> Acquired { get; } = [];

    public Task AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        Acquired.Add(key);
        return Task.CompletedTask;
    }
}
