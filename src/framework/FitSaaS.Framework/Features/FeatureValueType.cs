namespace FitSaaS.Framework.Features;

/// <summary>The kind of value a feature holds. Values are always stored and transported as strings.</summary>
public enum FeatureValueType
{
    /// <summary><c>true</c> or <c>false</c> (case-insensitive on input, stored lower-case).</summary>
    Toggle,

    /// <summary>A whole number in the invariant culture, within the definition's minimum and maximum.</summary>
    Number,

    /// <summary>One of the definition's allowed values (ordinal comparison).</summary>
    Selection,

    /// <summary>Free text up to <see cref="FeatureDefinition.MaxStringLength"/> characters.</summary>
    Text,
}
