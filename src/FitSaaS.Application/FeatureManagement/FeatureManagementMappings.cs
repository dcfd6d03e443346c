using FitSaaS.Framework.Features;

namespace FitSaaS.FeatureManagement;

internal static class FeatureManagementMappings
{
    public static EditionDto ToDto(this Edition edition) => new()
    {
        Id = edition.Id,
        Name = edition.Name,
        DisplayName = edition.DisplayName,
        CreationTime = edition.CreationTime,
        ConcurrencyStamp = edition.ConcurrencyStamp,
    };

    public static List<FeatureValueDto> ToValueDtos(this Edition edition, IFeatureDefinitionManager definitions) =>
        definitions.Definitions.Select(d => new FeatureValueDto
        {
            Name = d.Name,
            DisplayName = d.DisplayName,
            GroupName = d.GroupName,
            ValueType = d.ValueType.ToString(),
            Value = edition.FindValue(d.Name),
            DefaultValue = d.DefaultValue,
            MinValue = d.MinValue,
            MaxValue = d.MaxValue,
            AllowedValues = d.AllowedValues,
        }).ToList();

    public static TenantFeaturesDto ToDto(this TenantFeatureSnapshot snapshot, string? editionName, IFeatureDefinitionManager definitions) => new()
    {
        TenantId = snapshot.TenantId,
        Edition = new TenantEditionDto
        {
            EditionId = snapshot.EditionId,
            EditionName = editionName,
            EditionEndDateUtc = snapshot.EditionEndDateUtc,
            IsExpired = snapshot.IsEditionExpired,
            EffectiveEditionId = snapshot.EffectiveEditionId,
            EffectiveEditionName = snapshot.EffectiveEditionName,
        },
        Features = definitions.Definitions.Select(d =>
        {
            var tenantValue = snapshot.TenantValues.GetValueOrDefault(d.Name);
            var editionValue = snapshot.EditionValues.GetValueOrDefault(d.Name);
            return new TenantFeatureDto
            {
                Name = d.Name,
                DisplayName = d.DisplayName,
                GroupName = d.GroupName,
                ValueType = d.ValueType.ToString(),
                Value = tenantValue ?? editionValue ?? d.DefaultValue,
                Source = tenantValue is not null ? "Tenant" : editionValue is not null ? "Edition" : "Default",
                TenantValue = tenantValue,
                EditionValue = editionValue,
                DefaultValue = d.DefaultValue,
            };
        }).ToList(),
    };
}
