using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;

namespace FitSaaS.Framework.Settings;

/// <summary>Default <see cref="ISettingProvider"/>: at most one store read per level and call.</summary>
public sealed class SettingProvider(
    ISettingDefinitionManager definitions,
    ISettingStore store,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : ISettingProvider
{
    /// <inheritdoc/>
    public async Task<string?> GetOrNullAsync(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (await GetAllAsync([name]))[name];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string?>> GetAllAsync(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var requested = names.Distinct(StringComparer.Ordinal).ToList();
        var known = requested.Select(definitions.Find).OfType<SettingDefinition>().ToList();
        var levels = new List<(string ProviderName, IReadOnlyDictionary<string, string> Values)>(3);
        foreach (var scope in CurrentScopes())
        {
            if (known.Any(d => d.Providers.Contains(scope.ProviderName)))
            {
                levels.Add((scope.ProviderName, await store.GetValuesAsync(scope)));
            }
        }

        var result = new Dictionary<string, string?>(requested.Count, StringComparer.Ordinal);
        foreach (var name in requested)
        {
            result[name] = null;
        }

        foreach (var definition in known)
        {
            var value = definition.DefaultValue;
            foreach (var (providerName, values) in levels)
            {
                if (definition.Providers.Contains(providerName) && values.TryGetValue(definition.Name, out var stored))
                {
                    value = stored;
                    break;
                }
            }

            result[definition.Name] = value;
        }

        return result;
    }

    private IEnumerable<SettingScope> CurrentScopes()
    {
        var tenantId = currentTenant.Id;
        if (currentUser.Id is { } userId)
        {
            yield return SettingScope.User(tenantId, userId);
        }

        if (tenantId is { } id)
        {
            yield return SettingScope.Tenant(id);
        }

        yield return SettingScope.Global;
    }
}
