namespace FitSaaS.FeatureManagement;

/// <summary>
/// Everything that decides a tenant's feature values at one moment: its assigned edition, the edition in
/// effect (the fallback once a trial ended), that edition's values and the tenant's overrides.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="EditionId">The assigned edition; null = none.</param>
/// <param name="EditionEndDateUtc">End of the assigned edition (a trial); null = no end.</param>
/// <param name="EffectiveEditionId">The edition in effect: the assigned one, or the fallback once it ended; null = defaults only.</param>
/// <param name="EffectiveEditionName">Name of the edition in effect.</param>
/// <param name="IsEditionExpired">True when the assigned edition's end date has passed.</param>
/// <param name="EditionValues">Values of the edition in effect.</param>
/// <param name="TenantValues">The tenant's overrides.</param>
public sealed record TenantFeatureSnapshot(
    Guid TenantId,
    Guid? EditionId,
    DateTime? EditionEndDateUtc,
    Guid? EffectiveEditionId,
    string? EffectiveEditionName,
    bool IsEditionExpired,
    IReadOnlyDictionary<string, string> EditionValues,
    IReadOnlyDictionary<string, string> TenantValues)
{
    /// <summary>Override before edition value; features set by neither are absent (their default applies).</summary>
    public IReadOnlyDictionary<string, string> Values { get; } = Merge(EditionValues, TenantValues);

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> edition, IReadOnlyDictionary<string, string> tenant)
    {
        var values = new Dictionary<string, string>(edition, StringComparer.Ordinal);
        foreach (var (name, value) in tenant)
        {
            values[name] = value;
        }

        return values;
    }
}
