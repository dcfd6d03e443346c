namespace FitSaaS.Billing;

/// <summary>Feature names of the Billing module (edition features: platform tiers).</summary>
public static class BillingFeatures
{
    /// <summary>Group name.</summary>
    public const string GroupName = "Billing";

    /// <summary>
    /// Members pay online through the gym's connected Stripe account (boolean, default false; on in the Studio and Pro
    /// editions): connecting Stripe, saved cards, online invoice payments, pay-to-book and off-session renewals.
    /// Off: those endpoints answer <c>Features:NotEnabled</c>, renewals are left to staff, and Stripe webhooks for the
    /// gym are acknowledged and ignored.
    /// </summary>
    public const string OnlinePayments = GroupName + ".OnlinePayments";
}
