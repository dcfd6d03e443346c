namespace FitSaaS.FeatureManagement;

/// <summary>Lengths and patterns of editions and stored feature values.</summary>
public static class EditionConsts
{
    /// <summary>Maximum length of an edition name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Edition names: letters, digits and inner hyphens, starting with a letter or digit.</summary>
    public const string NamePattern = "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$";

    /// <summary>Maximum length of an edition's display name.</summary>
    public const int MaxDisplayNameLength = 128;

    /// <summary>Maximum length of a feature name.</summary>
    public const int MaxFeatureNameLength = 128;

    /// <summary>Maximum length of a stored feature value.</summary>
    public const int MaxValueLength = Framework.Features.FeatureDefinition.MaxStringLength;
}
