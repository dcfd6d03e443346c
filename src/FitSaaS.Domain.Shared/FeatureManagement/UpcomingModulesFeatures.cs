namespace FitSaaS.FeatureManagement;

/// <summary>
/// Feature names of the Billing, Forms and Messaging modules, defined now so that editions can already be
/// sold with them; each moves to its module's folder when the module arrives. Booleans, default false.
/// </summary>
public static class UpcomingModulesFeatures
{
    /// <summary>Members pay online (Billing).</summary>
    public const string BillingOnlinePayments = "Billing.OnlinePayments";

    /// <summary>The Forms module (waivers, questionnaires).</summary>
    public const string FormsEnabled = "Forms.Enabled";

    /// <summary>The Messaging module (e-mail/SMS campaigns to members).</summary>
    public const string MessagingEnabled = "Messaging.Enabled";
}
