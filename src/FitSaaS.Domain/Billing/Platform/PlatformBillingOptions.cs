using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing.Platform;

/// <summary>Configuration section <c>PlatformBilling</c>: how the platform bills gyms for their edition.</summary>
public sealed class PlatformBillingOptions
{
    /// <summary>The configuration section: <c>PlatformBilling</c>.</summary>
    public const string SectionName = "PlatformBilling";

    /// <summary>
    /// Days a gym keeps its edition after a failed platform payment (from the first failure while Stripe retries); then the
    /// fallback edition (<c>FeatureManagement:TrialFallbackEdition</c>, Free) is in effect. Default 7.
    /// </summary>
    [Range(0, 90)]
    public int GraceDays { get; set; } = 7;

    /// <summary>
    /// Hours added to a paid period's end before the edition ends, so a renewal Stripe charges a little late does not
    /// drop the gym to the fallback edition for an instant. Default 24.
    /// </summary>
    [Range(0, 240)]
    public int PaidUntilBufferHours { get; set; } = 24;
}
