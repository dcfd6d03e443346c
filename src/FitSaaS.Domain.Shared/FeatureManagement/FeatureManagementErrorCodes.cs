namespace FitSaaS.FeatureManagement;

/// <summary>
/// Stable error codes of the FeatureManagement module. Value and definition errors use the kit's
/// <see cref="Framework.Features.FeatureErrorCodes"/> (<c>Features:UnknownFeature</c>, <c>Features:InvalidValue</c>).
/// </summary>
public static class FeatureManagementErrorCodes
{
    /// <summary>Tenants are on this edition, so it cannot be deleted (data: <c>editionId</c>, <c>tenantCount</c>).</summary>
    public const string EditionInUse = "Features:EditionInUse";

    /// <summary>Another edition has this name (data: <c>name</c>).</summary>
    public const string DuplicateEditionName = "Features:DuplicateEditionName";

    /// <summary>No edition has this id or name (data: <c>edition</c>).</summary>
    public const string EditionNotFound = "Features:EditionNotFound";

    /// <summary>The edition end date is only meaningful with an edition.</summary>
    public const string EndDateWithoutEdition = "Features:EndDateWithoutEdition";
}
