using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Events.RabbitMq;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.HttpApi.Host.Tests.Caching;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.EventBus;

/// <summary>
/// The host with the RabbitMQ transport on the suite's node (FitSaaS_Test__RabbitMQ, a <c>host=…;port=…;user=…;password=…</c>
/// line from etc/scripts/rabbitmq.sh), under an exchange and queue of its own.
/// </summary>
public sealed class RabbitMqWebFixture : FitSaaSWebFixture
{
    public const string SkipReason = "needs a RabbitMQ node: set FitSaaS_Test__RabbitMQ (etc/scripts/test.sh does)";

    public static IReadOnlyDictionary<string, string>? Node =>
        Environment.GetEnvironmentVariable("FitSaaS_Test__RabbitMQ") is { Length: > 0 } line
            ? line.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.OrdinalIgnoreCase)
            : null;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings
    {
        get
        {
            if (Node is not { } node)
            {
                return [];
            }

            var id = Guid.NewGuid().ToString("N");
            return
            [
                new("RabbitMQ:Connections:Default:HostName", node["host"]),
                new("RabbitMQ:Connections:Default:Port", node["port"]),
                new("RabbitMQ:Connections:Default:UserName", node["user"]),
                new("RabbitMQ:Connections:Default:Password", node["password"]),
                new("RabbitMQ:EventBus:ClientName", $"fitsaas-web-{id}"),
                new("RabbitMQ:EventBus:ExchangeName", $"fitsaas-web-{id}"),
                new("EventBus:Outbox:PollInterval", "00:00:00.200"),
            ];
        }
    }
}

/// <summary>The host with RabbitMQ configured on a loopback port nobody listens on (the broker down from the start).</summary>
public sealed class UnreachableRabbitMqWebFixture : FitSaaSWebFixture
{
    public const string Password = "not-a-real-secret-77c1";

    public static int Port { get; } = LoopbackPorts.Free();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("RabbitMQ:Connections:Default:HostName", "127.0.0.1"),
        new("RabbitMQ:Connections:Default:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("RabbitMQ:Connections:Default:UserName", "fitsaas"),
        new("RabbitMQ:Connections:Default:Password", Password),
        new("RabbitMQ:EventBus:ClientName", "fitsaas-unreachable"),
    ];

    protected override string StartupProbePath => "/health/live";

}

public sealed class RabbitMqEventBusHttpTests(RabbitMqWebFixture fixture) : IClassFixture<RabbitMqWebFixture>
{
    [Fact]
    public async Task Ready_WithRabbitMq_ListsRabbitMqHealthy_WithoutSecrets()
    {
        Assert.SkipWhen(RabbitMqWebFixture.Node is null, RabbitMqWebFixture.SkipReason);

        var (status, body, text) = await Readiness.GetAsync(fixture);

        status.ShouldBe(HttpStatusCode.OK);
        Readiness.Entries(body)[RabbitMqHealthCheck.Name].Status.ShouldBe("Healthy");
        text.ShouldNotContain(RabbitMqWebFixture.Node!["password"]);
    }

    [Fact]
    public async Task ConfirmABookingOverTheApi_TheEventTravelsThroughRabbitMq_AndTheHandlerRunsOnce()
    {
        Assert.SkipWhen(RabbitMqWebFixture.Node is null, RabbitMqWebFixture.SkipReason);
        fixture.Services.GetRequiredService<IDistributedEventTransport>().ShouldBeOfType<RabbitMqDistributedEventTransport>();
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var first = await CreateSessionAsync(admin, capacity: 3, DateTime.UtcNow.AddDays(2));
        var second = await CreateSessionAsync(admin, capacity: 3, DateTime.UtcNow.AddDays(3));
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, "rabbit-eva");
        using var client = member;

        foreach (var session in new[] { first, second })
        {
            using var response = await client.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        MemberBookingSummary? summary;
        while ((summary = await FindSummaryAsync(tenant.Id, memberId)) is not { ConfirmedBookingCount: >= 2 } && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        summary.ShouldNotBeNull();
        summary.ConfirmedBookingCount.ShouldBe(2);
        summary.LatestSessionStartsAtUtc!.Value.ShouldBe(second.StartsAtUtc, TimeSpan.FromMilliseconds(1));
        await Task.Delay(500);
        (await FindSummaryAsync(tenant.Id, memberId))!.ConfirmedBookingCount.ShouldBe(2, "each message is handled once");
    }

    private async Task<MemberBookingSummary?> FindSummaryAsync(Guid tenantId, Guid memberId)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        return await (await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync())
            .Set<MemberBookingSummary>().AsNoTracking().FirstOrDefaultAsync(s => s.MemberUserId == memberId);
    }
}

public sealed class RabbitMqOutageHttpTests(UnreachableRabbitMqWebFixture fixture) : IClassFixture<UnreachableRabbitMqWebFixture>
{
    [Fact]
    public async Task BrokerDown_ReadyIs503WithRabbitMqUnhealthy_AndNoSecret_WhileBookingsStillSucceed()
    {
        var (status, body, text) = await Readiness.GetAsync(fixture);

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var entries = Readiness.Entries(body);
        entries[RabbitMqHealthCheck.Name].Status.ShouldBe("Unhealthy");
        entries["database"].Status.ShouldBe("Healthy");
        text.ShouldNotContain(UnreachableRabbitMqWebFixture.Password);

        // The change commits with its event in the outbox; the event waits there until the broker answers.
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 3, DateTime.UtcNow.AddDays(2));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "rabbit-down");
        using var client = member;
        using var booked = await client.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);
        booked.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var tenantScope = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.Services.CreateAsyncScope();
        var pending = await (await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync())
            .Set<OutboxMessage>().AsNoTracking().CountAsync(m => m.EventName == "Bookings.BookingConfirmed.v1");
        pending.ShouldBe(1);
    }
}
