using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.EventBus;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.EventBus;

/// <summary>The web host with a fast event bus: two delivery attempts 100 ms apart, polling every 200 ms.</summary>
public sealed class EventBusWebFixture : FitSaaSWebFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("EventBus:MaxDeliveryAttempts", "2"),
        new("EventBus:FirstRetryDelay", "00:00:00.100"),
        new("EventBus:Outbox:PollInterval", "00:00:00.200"),
    ];
}

public sealed class EventBusHttpTests(EventBusWebFixture fixture) : IClassFixture<EventBusWebFixture>
{
    private const string DeadLettersRoute = "/api/event-bus/dead-letters";

    [Fact]
    public async Task ConfirmABookingOverTheApi_TheMembersSummaryIsUpdatedByTheEventHandler()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 3, DateTime.UtcNow.AddDays(2));
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, "eva");
        using var client = member;
        using var request = new HttpRequestMessage(HttpMethod.Post, BookingsRoute) { Content = JsonContent.Create(new { classSessionId = session.Id }, options: TestJson.Options) };
        request.Headers.Add("X-Correlation-Id", "booking-it-1");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var booking = await ReadAsync<BookingDto>(response);

        response.Headers.GetValues("X-Correlation-Id").ShouldHaveSingleItem().ShouldBe("booking-it-1");
        var summary = await WaitForAsync(() => FindSummaryAsync(tenant.Id, memberId));
        summary.ShouldNotBeNull();
        summary.ConfirmedBookingCount.ShouldBe(1);
        summary.LastBookingId.ShouldBe(booking.Id);
        summary.LatestSessionStartsAtUtc!.Value.ShouldBe(session.StartsAtUtc, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task AMessageThatCannotBeHandled_IsDeadLettered_ListedForTheHostAdminOnly_AndCanBeRequeued()
    {
        var tenant = await fixture.CreateTenantAsync();
        var messageId = Guid.NewGuid();
        // A registered event whose payload is not a BookingConfirmedEto: every attempt fails.
        await AddToOutboxAsync(new DistributedEventEnvelope(messageId, "Bookings.BookingConfirmed.v1", tenant.Id, "it-dead", DateTime.UtcNow, "\"not an object\""));
        using var hostAdmin = await fixture.LoginAsync(null, "admin");
        using var tenantAdmin = await fixture.LoginAsync(tenant.Name, "admin");
        using var anonymous = fixture.CreateClient();

        var letter = await WaitForAsync(async () => (await ListAsync(hostAdmin)).Items.FirstOrDefault(d => d.MessageId == messageId));

        letter.ShouldNotBeNull();
        letter.EventName.ShouldBe("Bookings.BookingConfirmed.v1");
        letter.TenantId.ShouldBe(tenant.Id);
        letter.CorrelationId.ShouldBe("it-dead");
        letter.Attempts.ShouldBe(2);
        letter.Error.ShouldStartWith("System.InvalidOperationException: Message " + messageId);
        letter.Error.ShouldNotContain(" at ");
        using (var forbidden = await tenantAdmin.GetAsync(Relative(DeadLettersRoute), TestContext.Current.CancellationToken))
        {
            forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var unauthorized = await anonymous.GetAsync(Relative(DeadLettersRoute), TestContext.Current.CancellationToken))
        {
            unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using (var forbiddenRequeue = await tenantAdmin.PostAsync(Relative($"{DeadLettersRoute}/{letter.Id}/requeue"), null, TestContext.Current.CancellationToken))
        {
            forbiddenRequeue.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var requeued = await hostAdmin.PostAsync(Relative($"{DeadLettersRoute}/{letter.Id}/requeue"), null, TestContext.Current.CancellationToken))
        {
            requeued.IsSuccessStatusCode.ShouldBeTrue();
        }

        // Sent again with the same message id; it still cannot be handled, so it comes back as a new dead letter.
        var again = await WaitForAsync(async () => (await ListAsync(hostAdmin)).Items.FirstOrDefault(d => d.MessageId == messageId && d.Id != letter.Id));
        again.ShouldNotBeNull();
        (await ListAsync(hostAdmin)).Items.ShouldNotContain(d => d.Id == letter.Id);
        using var missing = await hostAdmin.PostAsync(Relative($"{DeadLettersRoute}/{Guid.NewGuid()}/requeue"), null, TestContext.Current.CancellationToken);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<PagedResultDto<DistributedEventDeadLetterDto>> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<PagedResultDto<DistributedEventDeadLetterDto>>(Relative($"{DeadLettersRoute}?maxResultCount=1000"), TestJson.Options))!;

    private static async Task<T?> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var value = await probe();
            if (value is not null || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }

    private async Task<MemberBookingSummary?> FindSummaryAsync(Guid tenantId, Guid memberId)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        return await (await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync())
            .Set<MemberBookingSummary>().AsNoTracking().FirstOrDefaultAsync(s => s.MemberUserId == memberId);
    }

    private async Task AddToOutboxAsync(DistributedEventEnvelope envelope)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(envelope.TenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<IDistributedEventOutbox>().AddAsync(envelope);
        await unitOfWork.CompleteAsync();
    }
}
