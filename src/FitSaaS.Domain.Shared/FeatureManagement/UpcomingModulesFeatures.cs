namespace FitSaaS.FeatureManagement;

/// <summary>
/// Feature names of the Messaging module, defined now so that editions can already be sold with it; it moves to its
/// module's folder when the module arrives (Billing's and Forms' did: <c>BillingFeatures</c>, <c>FormsFeatures</c>).
/// Booleans, default false.
/// </summary>
public static class UpcomingModulesFeatures
{
    /// <summary>The Messaging module (e-mail/SMS campaigns to members).</summary>
    public const string MessagingEnabled = "Messaging.Enabled";
}
