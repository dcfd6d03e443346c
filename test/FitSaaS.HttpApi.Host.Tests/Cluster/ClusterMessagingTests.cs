using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.HttpApi.Host.Tests.Messaging;
using FitSaaS.Messaging;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// Two real host processes on one Redis (issue 19 §4): a message a member sends through instance A reaches the coach's
/// client connected to instance B, with the coach's new unread count; a client of another tenant on B receives nothing.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterMessagingTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task AMessageSentThroughA_ReachesTheCoachOnB_AndNoClientOfAnotherTenant()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await HostCluster.StartAsync();
        var gym = await HostCluster.CreateTenantAsync(cluster.A);
        var other = await HostCluster.CreateTenantAsync(cluster.A);
        var coachToken = await HostCluster.GetTokenAsync(cluster.B, gym.Name, "admin");
        var otherToken = await HostCluster.GetTokenAsync(cluster.B, other.Name, "admin");
        var (_, memberToken) = await HostCluster.RegisterMemberAsync(cluster.A, gym.Name, "chatty-member");
        await using var coachOnB = await MessagingHubClient.ConnectAsync(cluster.B.BaseAddress, coachToken, ct);
        await using var otherOnB = await MessagingHubClient.ConnectAsync(cluster.B.BaseAddress, otherToken, ct);

        using var member = cluster.A.CreateClient(memberToken);
        using var started = await member.PostAsJsonAsync("/api/messaging/conversations", new { recipientUserId = gym.AdminUserId }, TestJson.Options, ct);
        started.IsSuccessStatusCode.ShouldBeTrue(await started.Content.ReadAsStringAsync(ct));
        var conversationId = (await started.Content.ReadFromJsonAsync<JsonElement>(TestJson.Options, ct)).GetProperty("id").GetGuid();
        using var sent = await member.PostAsJsonAsync($"/api/messaging/conversations/{conversationId}/messages", new { text = "Can I bring a friend on Saturday?" }, TestJson.Options, ct);
        sent.IsSuccessStatusCode.ShouldBeTrue(await sent.Content.ReadAsStringAsync(ct));

        var message = await coachOnB.NextOfAsync(MessagingHubMethods.MessageReceived, Wait);
        message.ShouldNotBeNull($"the coach's client on B never received the message{Environment.NewLine}{cluster.Tails()}");
        using var json = JsonDocument.Parse(message);
        json.RootElement.GetProperty("text").GetString().ShouldBe("Can I bring a friend on Saturday?");
        json.RootElement.GetProperty("conversationId").GetGuid().ShouldBe(conversationId);
        (await otherOnB.NextAsync(TimeSpan.FromSeconds(2))).ShouldBeNull("a client of another tenant receives nothing");
    }
}
