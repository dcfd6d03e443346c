namespace FitSaaS.Framework.Features;

/// <summary>Stable error codes of the feature system (<c>Features:Reason</c>).</summary>
public static class FeatureErrorCodes
{
    /// <summary>
    /// A required feature is off for the current tenant (403). Data: <c>feature</c> (the first that is off)
    /// and <c>features</c> (all the call requires).
    /// </summary>
    public const string NotEnabled = "Features:NotEnabled";

    /// <summary>
    /// Using one more unit would go beyond the tenant's integer feature (422). Data: <c>feature</c>,
    /// <c>limit</c> and <c>current</c> (units already used).
    /// </summary>
    public const string QuotaExceeded = "Features:QuotaExceeded";

    /// <summary>No feature with that name is defined (400). Data: <c>feature</c>.</summary>
    public const string UnknownFeature = "Features:UnknownFeature";

    /// <summary>
    /// The value does not fit the feature's type, range or allowed values (400). Data: <c>feature</c>,
    /// <c>value</c> and <c>reason</c>.
    /// </summary>
    public const string InvalidValue = "Features:InvalidValue";
}
