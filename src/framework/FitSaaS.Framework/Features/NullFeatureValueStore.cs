namespace FitSaaS.Framework.Features;

/// <summary>A store without values: every tenant gets the definition defaults.</summary>
public sealed class NullFeatureValueStore : IFeatureValueStore
{
    private static readonly IReadOnlyDictionary<string, string> s_empty = new Dictionary<string, string>();

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, string>> GetTenantValuesAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult(s_empty);
}
