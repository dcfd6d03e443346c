using System.ComponentModel.DataAnnotations;

namespace FitSaaS.FeatureManagement;

/// <summary>Configuration section <c>FeatureManagement</c>.</summary>
public sealed class FeatureManagementOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "FeatureManagement";

    /// <summary>Edition in effect once a tenant's edition end date (a trial) has passed. Default <c>Free</c>; when it does not exist the defaults apply.</summary>
    [Required]
    public string TrialFallbackEdition { get; set; } = EditionNames.Free;

    /// <summary>Edition of new tenants created without one. Default <c>Free</c>.</summary>
    [Required]
    public string DefaultEdition { get; set; } = EditionNames.Free;

    /// <summary>How long a tenant's resolved values stay cached (also bounded by its edition end date). Default 5 minutes.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
