using System.Net.Http.Json;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>
/// The Redis backplane between two hosts: a push made by instance A reaches the user's connection on instance B, and only
/// that user's, in that tenant.
/// </summary>
public sealed class TwoHubInstancesTests(TwoHubInstancesFixture instances) : IClassFixture<TwoHubInstancesFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task APushThroughA_ReachesTheUsersConnectionOnB_AndNobodyElse()
    {
        Assert.SkipWhen(TwoHubInstancesFixture.Redis is null, TwoHubInstancesFixture.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var gym = await CreateTenantAsync(instances.A);
        var other = await CreateTenantAsync(instances.A);
        var (annId, annToken) = await RegisterAsync(instances.B, gym, "ann");
        var (_, bobToken) = await RegisterAsync(instances.B, gym, "bob");
        var (_, carlToken) = await RegisterAsync(instances.B, other, "carl");
        await using var annOnB = await MessagingHubClient.ConnectAsync(instances.AddressOfB, annToken, ct);
        await using var annOnA = await MessagingHubClient.ConnectAsync(instances.AddressOfA, annToken, ct);
        await using var bobOnB = await MessagingHubClient.ConnectAsync(instances.AddressOfB, bobToken, ct);
        await using var carlOnB = await MessagingHubClient.ConnectAsync(instances.AddressOfB, carlToken, ct);

        using (instances.A.Services.GetRequiredService<ICurrentTenant>().Change(gym))
        {
            await using var scope = instances.A.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMessagingRealtimePublisher>()
                .PublishToUsersAsync([annId], MessagingHubMethods.UnreadCountsChanged, new UnreadCountsDto { Conversations = 4 }, ct);
        }

        (await annOnB.NextAsync(Wait))!.Value.Json.ShouldBe("""{"notifications":null,"conversations":4}""");
        (await annOnA.NextAsync(Wait))!.Value.Json.ShouldBe("""{"notifications":null,"conversations":4}""");
        (await bobOnB.NextAsync(TimeSpan.FromSeconds(1))).ShouldBeNull();
        (await carlOnB.NextAsync(TimeSpan.FromSeconds(1))).ShouldBeNull();
    }

    private static async Task<string> TokenAsync(WebApplicationFactory<Program> instance, string? tenantName, string userName)
    {
        using var client = instance.CreateClient();
        using var request = FitSaaSWebFixture.PasswordTokenRequest(tenantName, userName, TestUsers.Password);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<Guid> CreateTenantAsync(WebApplicationFactory<Program> instance)
    {
        var name = $"gym-{Guid.NewGuid():N}"[..20];
        using var host = instance.CreateClient();
        host.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(instance, null, FitSaaS.Identity.IdentityConsts.AdminUserName));
        using var response = await host.PostAsJsonAsync("/api/tenant-management/tenants",
            new { name, adminEmail = $"admin@{name}.test", adminPassword = TestUsers.Password }, TestJson.Options);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FitSaaS.TenantManagement.TenantDto>(TestJson.Options))!.Id;
    }

    private static async Task<(Guid UserId, string Token)> RegisterAsync(WebApplicationFactory<Program> instance, Guid tenantId, string name)
    {
        var tenantName = (await instance.Services.GetRequiredService<ITenantStore>().FindAsync(tenantId))!.Name;
        var userName = $"{name}-{Guid.NewGuid():N}"[..14];
        using var client = instance.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/register")
        {
            Content = JsonContent.Create(new { userName, email = $"{userName}@example.test", password = TestUsers.Password }, options: TestJson.Options),
        };
        request.Headers.Add("__tenant", tenantName);
        using var response = await client.SendAsync(request);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        var profile = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestJson.Options);
        return (profile.GetProperty("id").GetGuid(), await TokenAsync(instance, tenantName, userName));
    }
}
