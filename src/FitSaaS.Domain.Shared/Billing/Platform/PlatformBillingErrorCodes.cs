namespace FitSaaS.Billing.Platform;

/// <summary>
/// Error codes of platform billing (the platform bills gyms for their edition through Stripe Billing on its own account).
/// Edition prices also use <see cref="BillingErrorCodes.InvalidAmount"/> and <see cref="BillingErrorCodes.UnknownCurrency"/>,
/// and an unknown edition is <c>Features:EditionNotFound</c>.
/// </summary>
public static class PlatformBillingErrorCodes
{
    /// <summary>The edition has no price for the interval (data: <c>editionId</c>, <c>interval</c>).</summary>
    public const string EditionNotPriced = "PlatformBilling:EditionNotPriced";

    /// <summary>Only monthly and yearly prices exist (data: <c>interval</c>).</summary>
    public const string InvalidInterval = "PlatformBilling:InvalidInterval";

    /// <summary>The gym already has a live subscription (active, past due, trialing or awaiting its first payment): cancel it first.</summary>
    public const string AlreadySubscribed = "PlatformBilling:AlreadySubscribed";

    /// <summary>The gym has no platform subscription.</summary>
    public const string NotSubscribed = "PlatformBilling:NotSubscribed";
}
