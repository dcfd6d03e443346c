using System.Net.Http.Json;
using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>
/// Conversations' probe data in B (runs after Identity: uses B's member): the Messaging feature turned on for B by the host
/// admin, a direct conversation between B's member and B's admin with a secret message from each.
/// </summary>
public sealed class ConversationsIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/messaging/conversations";

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var (adminB, marker, targets, ct) = (context.VictimAdmin, context.Marker, context.Targets, cancellationToken);
        using (var features = await context.HostAdmin.PutAsJsonAsync(
            $"/api/feature-management/tenants/{context.Victim.Id}/features",
            new { features = new[] { new { name = MessagingFeatures.Enabled, value = "true" } } }, TestJson.Options, ct))
        {
            features.EnsureSuccessStatusCode();
        }

        var memberId = Guid.Parse(targets.Ids.Single(v => v.Label == "B's member").Value);
        var conversation = await PostAsync(adminB, "/api/messaging/conversations", new CreateConversationDto { RecipientUserId = memberId }, ct);
        var conversationId = conversation.GetProperty("id").GetGuid();
        targets.AddId("conversations", conversationId, "B's conversation");
        var message = await PostAsync(adminB, $"/api/messaging/conversations/{conversationId}/messages", new SendConversationMessageDto { Text = $"Secret advice {marker}" }, ct);
        targets.AddId("messages", message.GetProperty("id").GetGuid(), "B's conversation message");
    }
}
