namespace FitSaaS.Messaging;

/// <summary>
/// The hub's group names. Both carry the tenant (<c>host</c> for the platform), so a user id of one tenant can never name a
/// group of another, and a connection joins only the groups its token names (<see cref="MessagingHub"/>).
/// </summary>
public static class MessagingHubGroups
{
    /// <summary>Every connection of a tenant: <c>t:{tenantId:N}</c>.</summary>
    public static string Tenant(Guid? tenantId) => $"t:{Key(tenantId)}";

    /// <summary>Every connection of one user of a tenant: <c>t:{tenantId:N}:u:{userId:N}</c>.</summary>
    public static string User(Guid? tenantId, Guid userId) => $"t:{Key(tenantId)}:u:{userId:N}";

    private static string Key(Guid? tenantId) => tenantId is { } id ? id.ToString("N") : "host";
}
