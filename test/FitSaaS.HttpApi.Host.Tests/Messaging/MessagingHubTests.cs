using System.Net;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.HttpApi.Host.Tests.Platform;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>
/// The Messaging hub over a real loopback socket with the official .NET SignalR client: authenticated by the access token,
/// a connection joins only its tenant's and its user's groups, pushes happen after commit, a tenant without the feature and
/// a call without a token are refused.
/// </summary>
public sealed class MessagingHubTests(KestrelWebFixture fixture) : IClassFixture<KestrelWebFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Silence = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task APush_ReachesOnlyTheUsersConnections_InItsTenant()
    {
        var ct = TestContext.Current.CancellationToken;
        var gymA = await fixture.CreateTenantAsync();
        var gymB = await fixture.CreateTenantAsync();
        var (annId, annToken) = await MemberAsync(gymA.Name, "ann");
        var (_, bobToken) = await MemberAsync(gymA.Name, "bob");
        var (_, carlToken) = await MemberAsync(gymB.Name, "carl");
        await using var ann = await MessagingHubClient.ConnectAsync(fixture.ServerAddress!, annToken, ct);
        await using var annPhone = await MessagingHubClient.ConnectAsync(fixture.ServerAddress!, annToken, ct);
        await using var bob = await MessagingHubClient.ConnectAsync(fixture.ServerAddress!, bobToken, ct);
        await using var carl = await MessagingHubClient.ConnectAsync(fixture.ServerAddress!, carlToken, ct);

        await PublishAsync(gymA.Id, annId, new UnreadCountsDto { Notifications = 3 });
        // The same user id published in another tenant's scope names another group: nobody of gym A or B hears it.
        await PublishAsync(gymB.Id, annId, new UnreadCountsDto { Notifications = 99 });

        (await ann.NextOfAsync(MessagingHubMethods.UnreadCountsChanged, Wait)).ShouldBe("""{"notifications":3,"conversations":null}""");
        (await annPhone.NextOfAsync(MessagingHubMethods.UnreadCountsChanged, Wait)).ShouldBe("""{"notifications":3,"conversations":null}""");
        (await ann.NextAsync(Silence)).ShouldBeNull("the other tenant's push is not ann's");
        (await bob.NextAsync(Silence)).ShouldBeNull();
        (await carl.NextAsync(Silence)).ShouldBeNull();
    }

    [Fact]
    public async Task APush_InsideAUnitOfWork_IsSentAfterItCommits_AndNeverWhenItRollsBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var gym = await fixture.CreateTenantAsync();
        var (annId, annToken) = await MemberAsync(gym.Name, "ann");
        await using var ann = await MessagingHubClient.ConnectAsync(fixture.ServerAddress!, annToken, ct);

        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Id))
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            var publisher = scope.ServiceProvider.GetRequiredService<IMessagingRealtimePublisher>();
            var unitOfWorks = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();
            await using (var rolledBack = await unitOfWorks.BeginAsync(cancellationToken: ct))
            {
                await publisher.PublishToUsersAsync([annId], MessagingHubMethods.UnreadCountsChanged, new UnreadCountsDto { Conversations = 1 }, ct);
            }

            await using var committed = await unitOfWorks.BeginAsync(cancellationToken: ct);
            await publisher.PublishToUsersAsync([annId], MessagingHubMethods.UnreadCountsChanged, new UnreadCountsDto { Conversations = 2 }, ct);
            (await ann.NextAsync(Silence)).ShouldBeNull("nothing is pushed before the commit");
            await committed.CompleteAsync(ct);
        }

        (await ann.NextAsync(Wait))!.Value.Json.ShouldBe("""{"notifications":null,"conversations":2}""");
        (await ann.NextAsync(Silence)).ShouldBeNull("the rolled-back push never comes");
    }

    [Fact]
    public async Task WithoutAToken_OrWithABadOne_TheConnectionIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;

        var none = await Should.ThrowAsync<HttpRequestException>(() => MessagingHubClient.ConnectAsync(fixture.ServerAddress!, null, ct));
        var forged = await Should.ThrowAsync<HttpRequestException>(() => MessagingHubClient.ConnectAsync(fixture.ServerAddress!, "not-a-token", ct));

        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATenantWithoutMessaging_IsDisconnectedAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var gym = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        var (annId, annToken) = await MemberAsync(gym.Name, "ann");

        await using var ann = await MessagingHubClient.ConnectAsync(fixture.ServerAddress!, annToken, ct);
        await PublishAsync(gym.Id, annId, new UnreadCountsDto { Notifications = 1 });

        (await Task.WhenAny(ann.Closed, Task.Delay(Wait, ct))).ShouldBe(ann.Closed, "the server closes the connection");
        ann.Drain().ShouldBeEmpty();
    }

    private async Task<(Guid UserId, string Token)> MemberAsync(string tenantName, string name)
    {
        var (userId, client) = await fixture.RegisterMemberAsync(tenantName, $"{name}-{Guid.NewGuid():N}"[..14]);
        using (client)
        {
            return (userId, client.DefaultRequestHeaders.Authorization!.Parameter!);
        }
    }

    private async Task PublishAsync(Guid tenantId, Guid userId, UnreadCountsDto payload)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessagingRealtimePublisher>()
            .PublishToUsersAsync([userId], MessagingHubMethods.UnreadCountsChanged, payload, TestContext.Current.CancellationToken);
    }
}
