namespace FitSaaS.Messaging;

/// <summary>Feature names of the Messaging module.</summary>
public static class MessagingFeatures
{
    /// <summary>Group name.</summary>
    public const string GroupName = "Messaging";

    /// <summary>
    /// The whole module (boolean, default false; on in the Pro edition): off closes every Messaging endpoint and the hub's
    /// deliveries for the tenant (<c>Features:NotEnabled</c>) and no notification is produced for its events.
    /// </summary>
    public const string Enabled = GroupName + ".Enabled";
}
