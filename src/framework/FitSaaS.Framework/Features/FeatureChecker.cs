using System.Globalization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Framework.Features;

/// <summary>Default <see cref="IFeatureChecker"/>: one store read (cached by the store) per call.</summary>
public sealed class FeatureChecker(IFeatureDefinitionManager definitions, IFeatureValueStore store, ICurrentTenant currentTenant) : IFeatureChecker
{
    /// <inheritdoc/>
    public async Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var definition = definitions.Find(name);
        if (definition is null)
        {
            return null;
        }

        if (currentTenant.Id is not { } tenantId)
        {
            return definition.DefaultValue;
        }

        var values = await store.GetTenantValuesAsync(tenantId, cancellationToken);
        return values.TryGetValue(name, out var value) ? value : definition.DefaultValue;
    }

    /// <inheritdoc/>
    public async Task<bool> IsEnabledAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Get(name);
        if (currentTenant.Id is null)
        {
            return true;
        }

        return string.Equals(await GetOrNullAsync(definition.Name, cancellationToken), "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc/>
    public async Task<int> GetIntAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Get(name);
        if (currentTenant.Id is null)
        {
            return FeatureDefinition.Unlimited;
        }

        var value = await GetOrNullAsync(definition.Name, cancellationToken);
        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : int.Parse(definition.DefaultValue, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var stored = currentTenant.Id is { } tenantId
            ? await store.GetTenantValuesAsync(tenantId, cancellationToken)
            : new Dictionary<string, string>();
        return definitions.Definitions.ToDictionary(
            d => d.Name, d => stored.TryGetValue(d.Name, out var value) ? value : d.DefaultValue, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task CheckEnabledAsync(bool requiresAll, IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (currentTenant.Id is null || names.Count == 0)
        {
            return;
        }

        string? firstOff = null;
        foreach (var name in names)
        {
            var enabled = await IsEnabledAsync(name, cancellationToken);
            if (enabled && !requiresAll)
            {
                return;
            }

            if (!enabled)
            {
                firstOff ??= name;
                if (requiresAll)
                {
                    break;
                }
            }
        }

        if (firstOff is not null)
        {
            throw new BusinessException(FeatureErrorCodes.NotEnabled, $"The feature '{firstOff}' is not enabled for this tenant.")
                .WithData("feature", firstOff)
                .WithData("features", names.ToArray());
        }
    }

    /// <inheritdoc/>
    public async Task CheckQuotaAsync(string name, long currentCount, CancellationToken cancellationToken = default)
    {
        var limit = await GetIntAsync(name, cancellationToken);
        if (limit != FeatureDefinition.Unlimited && currentCount >= limit)
        {
            throw QuotaExceeded(name, limit, currentCount);
        }
    }

    internal static BusinessException QuotaExceeded(string name, int limit, long currentCount) =>
        new BusinessException(FeatureErrorCodes.QuotaExceeded, $"The limit of {limit} for '{name}' is reached.")
            .WithData("feature", name)
            .WithData("limit", limit)
            .WithData("current", currentCount);
}
