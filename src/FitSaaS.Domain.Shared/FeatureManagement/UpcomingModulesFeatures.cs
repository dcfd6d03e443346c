namespace FitSaaS.FeatureManagement;

/// <summary>
/// Feature names of the Forms and Messaging modules, defined now so that editions can already be sold with them;
/// each moves to its module's folder when the module arrives (Billing's did: <c>BillingFeatures</c>). Booleans, default false.
/// </summary>
public static class UpcomingModulesFeatures
{
    /// <summary>The Forms module (waivers, questionnaires).</summary>
    public const string FormsEnabled = "Forms.Enabled";

    /// <summary>The Messaging module (e-mail/SMS campaigns to members).</summary>
    public const string MessagingEnabled = "Messaging.Enabled";
}
