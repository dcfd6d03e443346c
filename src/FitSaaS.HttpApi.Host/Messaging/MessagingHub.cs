using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using FitSaaS.Messaging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace FitSaaS.Messaging;

/// <summary>
/// The Messaging hub (<c>/hubs/messaging</c>, ADR 0063): a server-to-client channel. A connection is authenticated with the
/// user's access token (the <c>Authorization</c> header, or the <c>access_token</c> query parameter browsers must use for
/// WebSockets, RFC 6750 §2.3), and joins exactly two groups, both taken from the token: its tenant's and its user's
/// (<see cref="MessagingHubGroups"/>). Clients call nothing on it (they send through the HTTP API); the server calls the
/// <see cref="MessagingHubMethods"/>. A connection of a tenant without <see cref="MessagingFeatures.Enabled"/>, or of a
/// token without a user, is closed at once.
/// </summary>
[Authorize]
public sealed class MessagingHub(IFeatureChecker features, ICurrentTenant currentTenant) : Hub
{
    /// <inheritdoc/>
    public override async Task OnConnectedAsync()
    {
        var principal = Context.User;
        var userId = Guid.TryParse(principal?.FindFirst(FitSaaSClaimTypes.UserId)?.Value, out var id) ? id : (Guid?)null;
        var tenantId = Guid.TryParse(principal?.FindFirst(FitSaaSClaimTypes.TenantId)?.Value, out var tenant) ? tenant : (Guid?)null;
        if (userId is not { } user)
        {
            Context.Abort();
            return;
        }

        using (currentTenant.Change(tenantId))
        {
            if (tenantId is not null && !await features.IsEnabledAsync(MessagingFeatures.Enabled, Context.ConnectionAborted))
            {
                Context.Abort();
                return;
            }
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, MessagingHubGroups.Tenant(tenantId), Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, MessagingHubGroups.User(tenantId, user), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }
}
