using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.EventBus;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.EventBus;

public sealed class DistributedEventBusTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private static readonly System.Text.Json.JsonSerializerOptions s_web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static string NewMarker() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task PublishAsync_RolledBack_LeavesNoOutboxRowAndNothingIsHandled()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var marker = NewMarker();

        await host.PublishAsync(tenant.Id, new SomethingHappenedEto { Marker = marker }, commit: false);
        await host.DispatchAsync();

        (await host.GetOutboxAsync(tenant.Id)).ShouldBeEmpty();
        host.Log.Attempts.ContainsKey(marker).ShouldBeFalse();
    }

    [Fact]
    public async Task PublishAsync_Committed_WritesTheEnvelopeInTheSameTransaction_ThenTheDispatcherDeliversItInTheTenant()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var marker = NewMarker();
        var before = DateTime.UtcNow.AddSeconds(-1);

        await host.PublishAsync(tenant.Id, new SomethingHappenedEto { Marker = marker }, correlationId: "req-42");

        var row = (await host.GetOutboxAsync(tenant.Id)).ShouldHaveSingleItem();
        row.EventName.ShouldBe("Tests.SomethingHappened.v1");
        row.TenantId.ShouldBe(tenant.Id);
        row.CorrelationId.ShouldBe("req-42");
        row.OccurredAt.ShouldBeGreaterThan(before);
        row.OccurredAt.Kind.ShouldBe(DateTimeKind.Utc);
        row.Payload.ShouldContain(marker);
        row.Attempts.ShouldBe(0);

        (await host.DispatchAsync()).ShouldBeGreaterThanOrEqualTo(1);

        host.Log.Handled.Where(h => h.Marker == marker).ShouldHaveSingleItem().ShouldBe((marker, (Guid?)tenant.Id, (string?)"req-42"));
        (await host.GetOutboxAsync(tenant.Id)).ShouldBeEmpty();
        (await host.GetInboxAsync(tenant.Id)).ShouldContain(i => i.Id == row.Id && i.EventName == row.EventName);
    }

    [Fact]
    public async Task PublishAsync_WithoutUnitOfWork_Throws()
    {
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        await using var scope = host.Services.CreateAsyncScope();

        await Should.ThrowAsync<InvalidOperationException>(() =>
            scope.ServiceProvider.GetRequiredService<IDistributedEventBus>().PublishAsync(new SomethingHappenedEto { Marker = "x" }));
    }

    [Fact]
    public async Task PublishAsync_UnregisteredType_Throws()
    {
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);

        await Should.ThrowAsync<InvalidOperationException>(() => host.PublishAsync(null, new UnregisteredEto()));
    }

    [Fact]
    public async Task ReceiveAsync_SameMessageTwice_IsHandledOnce()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var envelope = NewEnvelope(host, tenant.Id, NewMarker());
        var receiver = host.Services.GetRequiredService<IDistributedEventReceiver>();

        await receiver.ReceiveAsync(envelope);
        await receiver.ReceiveAsync(envelope);
        await receiver.ReceiveAsync(envelope with { CorrelationId = "redelivered" });

        host.Log.HandledCount(ReadMarker(envelope)).ShouldBe(1);
        (await host.GetInboxAsync(tenant.Id)).Count(i => i.Id == envelope.MessageId).ShouldBe(1);
    }

    [Fact]
    public async Task ReceiveAsync_ConcurrentDuplicates_OnPostgreSql_AreHandledOnce()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Concurrent deliveries need PostgreSQL (SQLite runs one instance with one writer).");
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var envelope = NewEnvelope(host, tenant.Id, NewMarker());
        var receiver = host.Services.GetRequiredService<IDistributedEventReceiver>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => receiver.ReceiveAsync(envelope), TestContext.Current.CancellationToken)));

        host.Log.HandledCount(ReadMarker(envelope)).ShouldBe(1);
        (await host.GetInboxAsync(tenant.Id)).Count(i => i.Id == envelope.MessageId).ShouldBe(1);
    }

    [Fact]
    public async Task TwoDispatchersOnOnePostgreSqlDatabase_SendEachMessageOnce()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Several instances share a database only on PostgreSQL (FOR UPDATE SKIP LOCKED).");
        var tenant = await fixture.CreateTenantAsync();
        // Small batches, so both dispatchers take part while the other holds its locked rows.
        await using var first = await EventBusTestHost.StartAsync(fixture.Database, batchSize: 5);
        await using var second = await EventBusTestHost.StartAsync(fixture.Database, batchSize: 5);
        var markers = Enumerable.Range(0, 40).Select(_ => NewMarker()).ToList();
        foreach (var marker in markers)
        {
            await first.PublishAsync(tenant.Id, new SomethingHappenedEto { Marker = marker });
        }

        // This test's messages (the database is shared with other tests of the fixture, whose messages may be sent too).
        var own = (await first.GetOutboxAsync(tenant.Id))
            .Where(m => markers.Any(marker => m.Payload.Contains(marker, StringComparison.Ordinal))).Select(m => m.Id).ToHashSet();
        own.Count.ShouldBe(markers.Count);

        await Task.WhenAll(
            Task.Run(() => first.DispatchUntilEmptyAsync(tenant.Id), TestContext.Current.CancellationToken),
            Task.Run(() => second.DispatchUntilEmptyAsync(tenant.Id), TestContext.Current.CancellationToken));

        var sends = first.Log.Sends.Concat(second.Log.Sends).Where(s => own.Contains(s.Key))
            .GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        sends.Count.ShouldBe(markers.Count);
        sends.Values.ShouldAllBe(n => n == 1);
        markers.ShouldAllBe(m => first.Log.HandledCount(m) + second.Log.HandledCount(m) == 1);
        (await first.GetOutboxAsync(tenant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReceiveAsync_UnknownEventName_IsSkippedWithoutError()
    {
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var envelope = new DistributedEventEnvelope(Guid.NewGuid(), "Tests.NobodyKnowsThis.v1", null, null, DateTime.UtcNow, "{}");

        await host.Services.GetRequiredService<IDistributedEventReceiver>().ReceiveAsync(envelope);

        (await host.GetInboxAsync(null)).ShouldNotContain(i => i.Id == envelope.MessageId);
    }

    [Fact]
    public async Task Dispatcher_UnknownEventNameInTheOutbox_IsRemovedNotRetriedNorDeadLettered()
    {
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var envelope = new DistributedEventEnvelope(Guid.NewGuid(), "Tests.NobodyKnowsThis.v1", null, null, DateTime.UtcNow, "{}");
        await AddToOutboxAsync(host, envelope);

        await host.DispatchAsync();

        (await host.GetOutboxAsync(null)).ShouldNotContain(m => m.Id == envelope.MessageId);
        (await GetDeadLettersAsync(host)).ShouldNotContain(d => d.MessageId == envelope.MessageId);
    }

    [Fact]
    public async Task Dispatcher_FailingHandler_IsRetriedWithBackOff_ThenSucceedsOnce()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database, maxAttempts: 5, firstRetryDelay: "00:00:02");
        var marker = NewMarker();
        await host.PublishAsync(tenant.Id, new SomethingHappenedEto { Marker = marker, FailTimes = 2 });

        await host.DispatchAsync();

        var row = (await host.GetOutboxAsync(tenant.Id)).ShouldHaveSingleItem();
        row.Attempts.ShouldBe(1);
        row.LastError!.ShouldStartWith("System.InvalidOperationException: Test handler failure 1");
        row.NextAttemptAt.ShouldBeGreaterThan(DateTime.UtcNow); // 2 s, then 4 s
        await host.DispatchAsync();
        host.Log.Attempts[marker].ShouldBe(1); // not due yet: back-off

        await host.DispatchUntilEmptyAsync(tenant.Id);

        host.Log.Attempts[marker].ShouldBe(3);
        host.Log.HandledCount(marker).ShouldBe(1);
        (await host.GetOutboxAsync(tenant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Dispatcher_TransportUnavailableLongerThanMaxAttempts_KeepsTheMessage_AndSendsItOnceItIsBack()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database, maxAttempts: 3);
        var marker = NewMarker();
        host.Log.TransportDown = true;
        await host.PublishAsync(tenant.Id, new SomethingHappenedEto { Marker = marker }, correlationId: "corr-outage");

        // Twice as many failed sends as delivery attempts (back-off 100 ms doubling): a broker outage never dead-letters.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await host.GetOutboxAsync(tenant.Id)).SingleOrDefault()?.Attempts < 6 && DateTime.UtcNow < deadline)
        {
            await host.DispatchAsync();
            await Task.Delay(50);
        }

        var waiting = (await host.GetOutboxAsync(tenant.Id)).ShouldHaveSingleItem();
        waiting.Attempts.ShouldBeGreaterThanOrEqualTo(6);
        waiting.LastError.ShouldBe($"FitSaaS.Framework.Events.Distributed.DistributedEventTransportException: test broker unreachable, message {waiting.Id}");
        (waiting.NextAttemptAt - DateTime.UtcNow).ShouldBeLessThanOrEqualTo(new OutboxOptions().MaxTransportRetryDelay);
        (await GetDeadLettersAsync(host)).ShouldNotContain(d => d.MessageId == waiting.Id);
        host.Log.HandledCount(marker).ShouldBe(0);

        host.Log.TransportDown = false;
        await host.DispatchUntilEmptyAsync(tenant.Id, TimeSpan.FromSeconds(30));
        (await host.GetOutboxAsync(tenant.Id)).ShouldBeEmpty();
        host.Log.HandledCount(marker).ShouldBe(1);
        (await host.GetInboxAsync(tenant.Id)).ShouldContain(i => i.Id == waiting.Id);
        (await GetDeadLettersAsync(host)).ShouldNotContain(d => d.MessageId == waiting.Id);
    }

    [Fact]
    public async Task Dispatcher_TransportUnavailable_EndsThePassAtTheFirstFailure_AndSendsEverythingOnceItIsBack()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database, maxAttempts: 3);
        var markers = Enumerable.Range(0, 3).Select(_ => NewMarker()).ToList();
        host.Log.TransportDown = true;
        foreach (var marker in markers)
        {
            await host.PublishAsync(tenant.Id, new SomethingHappenedEto { Marker = marker });
        }

        // A pass ends at its first failed send. The database is shared with other tests, whose due messages (a retry after
        // its back-off) may be older than ours and take that first failure: pass again until one of ours was tried.
        var outbox = await host.GetOutboxAsync(tenant.Id);
        for (var pass = 0; pass < 20 && outbox.All(m => m.Attempts == 0); pass++)
        {
            await host.DispatchAsync();
            outbox = await host.GetOutboxAsync(tenant.Id);
        }

        // One send of ours was tried (the oldest message); the others were not touched by a pass against a dead transport.
        outbox.Count.ShouldBe(3);
        outbox.Count(m => m.Attempts == 1).ShouldBe(1);
        outbox.Count(m => m.Attempts == 0).ShouldBe(2);

        host.Log.TransportDown = false;
        await host.DispatchUntilEmptyAsync(tenant.Id, TimeSpan.FromSeconds(30));
        markers.ShouldAllBe(marker => host.Log.HandledCount(marker) == 1);
    }

    [Fact]
    public async Task Dispatcher_HandlerFailingEveryTime_IsDeadLetteredAfterMaxAttempts_AndCanBeRequeued()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database, maxAttempts: 3);
        var marker = NewMarker();
        await host.PublishAsync(tenant.Id, new SomethingHappenedEto { Marker = marker, FailTimes = 3 }, correlationId: "corr-dead");

        await host.DispatchUntilEmptyAsync(tenant.Id);

        host.Log.Attempts[marker].ShouldBe(3);
        host.Log.HandledCount(marker).ShouldBe(0);
        (await host.GetOutboxAsync(tenant.Id)).ShouldBeEmpty();
        (await host.GetInboxAsync(tenant.Id)).ShouldBeEmpty();
        var letter = (await GetDeadLettersAsync(host)).Where(d => d.Payload.Contains(marker, StringComparison.Ordinal)).ShouldHaveSingleItem();
        letter.EventName.ShouldBe("Tests.SomethingHappened.v1");
        letter.EventTenantId.ShouldBe(tenant.Id);
        letter.CorrelationId.ShouldBe("corr-dead");
        letter.Attempts.ShouldBe(3);
        letter.Error.ShouldBe($"System.InvalidOperationException: Test handler failure 3 for {marker}");

        // Requeued by a host admin: back in the tenant's outbox with the same message id; the 4th attempt succeeds.
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using (fixture.RunAs(null, hostAdmin, Identity.IdentityConsts.AdminUserName, Identity.IdentityConsts.AdminRole))
        {
            await using var scope = fixture.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IDistributedEventDeadLetterAppService>().RequeueAsync(letter.Id);
        }

        (await host.GetOutboxAsync(tenant.Id)).ShouldHaveSingleItem().Id.ShouldBe(letter.MessageId);
        (await GetDeadLettersAsync(host)).ShouldNotContain(d => d.Id == letter.Id);
        await host.DispatchUntilEmptyAsync(tenant.Id);
        host.Log.HandledCount(marker).ShouldBe(1);
        (await host.GetInboxAsync(tenant.Id)).ShouldContain(i => i.Id == letter.MessageId);
    }

    [Fact]
    public async Task Dispatcher_Running_IsWokenByTheCommit()
    {
        var tenant = await fixture.CreateTenantAsync();
        // A poll interval of a minute: only the commit signal can deliver within the test's time.
        await using var host = await EventBusTestHost.StartAsync(fixture.Database, runDispatcher: true, pollInterval: "00:01:00");
        await Task.Delay(300, TestContext.Current.CancellationToken); // the dispatcher's first pass (start-up) is over
        var marker = NewMarker();

        await host.PublishAsync(tenant.Id, new SomethingHappenedEto { Marker = marker });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (host.Log.HandledCount(marker) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        host.Log.HandledCount(marker).ShouldBe(1);
    }

    [Fact]
    public async Task SessionCancelledByStaff_PublishesTheCancellationWithItsMembers_AndOneStatusChangePerBooking()
    {
        var scenario = new Bookings.BookingsScenario(fixture);
        var gym = await scenario.CreateGymAsync(capacity: 1);
        var members = await scenario.CreateMembersAsync(gym.Tenant, 2);
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        await scenario.BookAsync(gym.Tenant, members[0], gym.Session.Id);
        await scenario.BookAsync(gym.Tenant, members[1], gym.Session.Id); // waitlisted
        var before = (await host.GetOutboxAsync(gym.Tenant.Id)).Select(m => m.Id).ToHashSet();

        await scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CancelAsync(gym.Session.Id, new CancelClassSessionDto { Reason = "Coach ill" }));

        var added = (await host.GetOutboxAsync(gym.Tenant.Id)).Where(m => !before.Contains(m.Id)).ToList();
        added.Select(m => m.EventName).Order(StringComparer.Ordinal).ShouldBe(
            ["Bookings.BookingStatusChanged.v1", "Bookings.BookingStatusChanged.v1", "Bookings.ClassSessionCancelled.v1"]);
        var cancelled = System.Text.Json.JsonSerializer.Deserialize<ClassSessionCancelledEto>(added.Single(m => m.EventName == "Bookings.ClassSessionCancelled.v1").Payload, s_web)!;
        cancelled.ClassSessionId.ShouldBe(gym.Session.Id);
        cancelled.MemberUserIds.Order().ShouldBe(members.Order());
        added.Where(m => m.EventName == "Bookings.BookingStatusChanged.v1")
            .Select(m => System.Text.Json.JsonSerializer.Deserialize<BookingStatusChangedEto>(m.Payload, s_web)!)
            .Select(e => (e.Status, e.ByStaff, e.Reason)).Distinct().ShouldHaveSingleItem().ShouldBe((BookingStatus.Cancelled, true, BookingConsts.SessionCancelledReason));
    }

    [Fact]
    public async Task ScheduleEditMovesABookedSession_PublishesTheRescheduleWithItsMembers()
    {
        var scenario = new Bookings.BookingsScenario(fixture);
        var gym = await scenario.CreateGymAsync(capacity: 5);
        var member = (await scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var input = new CreateClassScheduleDto
        {
            ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, Capacity = 8, DurationMinutes = 50,
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), LocalStartTime = new TimeOnly(6, 0), RecurrenceRule = "FREQ=DAILY;COUNT=3",
        };
        var schedule = await scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleDto>(gym.Tenant, s => s.CreateAsync(input));
        var sessions = (await scenario.AsAdminAsync<IClassSessionAppService, FitSaaS.Framework.Application.PagedResultDto<ClassSessionDto>>(
            gym.Tenant, s => s.GetListAsync(new GetClassSessionListInput { MaxResultCount = 100 }))).Items.Where(s => s.ClassScheduleId == schedule.Id).ToList();
        var booked = sessions.OrderBy(s => s.StartsAtUtc).First();
        await scenario.BookAsync(gym.Tenant, member, booked.Id);
        var before = (await host.GetOutboxAsync(gym.Tenant.Id)).Select(m => m.Id).ToHashSet();

        await scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleDto>(gym.Tenant, s => s.UpdateAsync(schedule.Id, new UpdateClassScheduleDto
        {
            ClassTypeId = input.ClassTypeId, LocationId = input.LocationId, Capacity = input.Capacity, DurationMinutes = input.DurationMinutes,
            StartDate = input.StartDate, LocalStartTime = new TimeOnly(7, 30), RecurrenceRule = input.RecurrenceRule, ConcurrencyStamp = schedule.ConcurrencyStamp,
        }));

        // Only the booked session's move is news: the two nobody booked move silently.
        var rescheduled = (await host.GetOutboxAsync(gym.Tenant.Id)).Where(m => !before.Contains(m.Id)).ShouldHaveSingleItem();
        rescheduled.EventName.ShouldBe("Bookings.ClassSessionRescheduled.v1");
        var eto = System.Text.Json.JsonSerializer.Deserialize<ClassSessionRescheduledEto>(rescheduled.Payload, s_web)!;
        (eto.ClassSessionId, eto.ClassScheduleId, eto.StartsAtUtc - eto.PreviousStartsAtUtc).ShouldBe((booked.Id, schedule.Id, TimeSpan.FromMinutes(90)));
        eto.MemberUserIds.ShouldBe([member]);
    }

    [Fact]
    public async Task BookingConfirmed_AndPromoted_AreCountedInTheMembersSummary()
    {
        var scenario = new Bookings.BookingsScenario(fixture);
        var gym = await scenario.CreateGymAsync(capacity: 1);
        var members = await scenario.CreateMembersAsync(gym.Tenant, 2);
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);

        var first = await scenario.BookAsync(gym.Tenant, members[0], gym.Session.Id);
        var second = await scenario.BookAsync(gym.Tenant, members[1], gym.Session.Id);
        second.Status.ShouldBe(BookingStatus.Waitlisted);
        var outbox = await host.GetOutboxAsync(gym.Tenant.Id);
        // One event per transition: the confirmation of the seat, the status change of the waitlisted booking.
        outbox.Select(m => m.EventName).Order(StringComparer.Ordinal).ShouldBe(["Bookings.BookingConfirmed.v1", "Bookings.BookingStatusChanged.v1"]);
        await scenario.CancelAsync(gym.Tenant, members[0], first.Id); // promotes the second member
        await host.DispatchUntilEmptyAsync(gym.Tenant.Id);

        var summaries = await GetSummariesAsync(host, gym.Tenant.Id);
        var firstSummary = summaries.Single(s => s.MemberUserId == members[0]);
        firstSummary.ConfirmedBookingCount.ShouldBe(1);
        firstSummary.PromotedBookingCount.ShouldBe(0);
        firstSummary.LastBookingId.ShouldBe(first.Id);
        firstSummary.LatestSessionStartsAtUtc!.Value.ShouldBe(gym.Session.StartsAtUtc, TimeSpan.FromMilliseconds(1));
        var secondSummary = summaries.Single(s => s.MemberUserId == members[1]);
        secondSummary.ConfirmedBookingCount.ShouldBe(1);
        secondSummary.PromotedBookingCount.ShouldBe(1);
        secondSummary.TenantId.ShouldBe(gym.Tenant.Id);
    }

    [Fact]
    public async Task TenantWithItsOwnDatabase_OnPostgreSql_ItsOutboxRowIsInItsDatabase_AndIsDispatchedThere()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Tenants with their own database need PostgreSQL.");
        var tenant = await CreateOwnDatabaseTenantAsync(fixture.Database.NewTenantDatabaseConnectionString());
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var marker = NewMarker();

        await host.PublishAsync(tenant, new SomethingHappenedEto { Marker = marker });

        (await host.GetOutboxAsync(tenant)).ShouldHaveSingleItem();
        (await CountInHostDatabaseAsync<OutboxMessage>(host, tenant)).ShouldBe(0);
        await host.DispatchAsync();
        host.Log.Handled.Where(h => h.Marker == marker).ShouldHaveSingleItem().TenantId.ShouldBe(tenant);
        (await host.GetOutboxAsync(tenant)).ShouldBeEmpty();
        (await host.GetInboxAsync(tenant)).ShouldHaveSingleItem();
        (await CountInHostDatabaseAsync<InboxMessage>(host, tenant)).ShouldBe(0);
    }

    [Fact]
    public async Task InboxCleanupJob_DeletesRecordsOlderThanTheRetention_InEveryTenant()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var host = await EventBusTestHost.StartAsync(fixture.Database);
        var old = DateTime.UtcNow.AddDays(-8);
        var oldTenantRow = new InboxMessage(Guid.NewGuid(), tenant.Id, "Tests.SomethingHappened.v1", old);
        var freshTenantRow = new InboxMessage(Guid.NewGuid(), tenant.Id, "Tests.SomethingHappened.v1", DateTime.UtcNow.AddDays(-6));
        var oldHostRow = new InboxMessage(Guid.NewGuid(), null, "Tests.SomethingHappened.v1", old);
        await AddInboxAsync(host, tenant.Id, oldTenantRow, freshTenantRow);
        await AddInboxAsync(host, null, oldHostRow);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FitSaaS.EntityFrameworkCore.EventBus.InboxCleanupJob>()
                .ExecuteAsync(new FitSaaS.EntityFrameworkCore.EventBus.InboxCleanupArgs(), TestContext.Current.CancellationToken);
        }

        var tenantInbox = await host.GetInboxAsync(tenant.Id);
        tenantInbox.ShouldNotContain(i => i.Id == oldTenantRow.Id);
        tenantInbox.ShouldContain(i => i.Id == freshTenantRow.Id);
        (await host.GetInboxAsync(null)).ShouldNotContain(i => i.Id == oldHostRow.Id);
    }

    private static async Task AddInboxAsync(EventBusTestHost host, Guid? tenantId, params InboxMessage[] rows)
    {
        using var tenant = host.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = host.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        context.Set<InboxMessage>().AddRange(rows);
        await context.SaveChangesAsync();
    }

    [EventName("Tests.Unregistered.v1")]
    private sealed class UnregisteredEto;

    private static DistributedEventEnvelope NewEnvelope(EventBusTestHost host, Guid? tenantId, string marker) =>
        DistributedEventEnvelope.Create(
            host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DistributedEventOptions>>().Value.EventTypes,
            new SomethingHappenedEto { Marker = marker }, Guid.NewGuid(), tenantId, "test", DateTime.UtcNow);

    private static string ReadMarker(DistributedEventEnvelope envelope) =>
        System.Text.Json.JsonDocument.Parse(envelope.Payload).RootElement.GetProperty("marker").GetString()!;

    private static async Task AddToOutboxAsync(EventBusTestHost host, DistributedEventEnvelope envelope)
    {
        using var tenant = host.Services.GetRequiredService<ICurrentTenant>().Change(envelope.TenantId);
        await using var scope = host.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<IDistributedEventOutbox>().AddAsync(envelope);
        await unitOfWork.CompleteAsync();
    }

    private static async Task<List<DistributedEventDeadLetter>> GetDeadLettersAsync(EventBusTestHost host)
    {
        using var tenant = host.Services.GetRequiredService<ICurrentTenant>().Change(null);
        await using var scope = host.Services.CreateAsyncScope();
        return await (await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null))
            .Set<DistributedEventDeadLetter>().AsNoTracking().ToListAsync();
    }

    private static async Task<List<MemberBookingSummary>> GetSummariesAsync(EventBusTestHost host, Guid tenantId)
    {
        using var tenant = host.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = host.Services.CreateAsyncScope();
        return await (await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync())
            .Set<MemberBookingSummary>().AsNoTracking().ToListAsync();
    }

    private static async Task<int> CountInHostDatabaseAsync<TEntity>(EventBusTestHost host, Guid tenantId)
        where TEntity : class, IMultiTenant
    {
        using var access = host.Services.GetRequiredService<ICrossTenantAccessor>().Begin("test: rows of a tenant in the host database");
        await using var scope = host.Services.CreateAsyncScope();
        return await (await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null))
            .Set<TEntity>().AsNoTracking().CountAsync(e => e.TenantId == tenantId);
    }

    private async Task<Guid> CreateOwnDatabaseTenantAsync(string connectionString)
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using var _ = fixture.RunAs(null, hostAdmin, Identity.IdentityConsts.AdminUserName, Identity.IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        var name = $"own-{Guid.NewGuid():N}"[..16];
        var tenant = await scope.ServiceProvider.GetRequiredService<FitSaaS.TenantManagement.ITenantAppService>().CreateAsync(
            new FitSaaS.TenantManagement.CreateTenantDto { Name = name, AdminEmail = $"admin@{name}.test", AdminPassword = TestUsers.Password, ConnectionString = connectionString });
        return tenant.Id;
    }
}
