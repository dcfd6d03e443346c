using FitSaaS.EntityFrameworkCore;
using FitSaaS.EventBus;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.EventBus;

/// <summary>
/// The dead-letter application service on its own (the dispatcher that dead-letters is covered by
/// <see cref="DistributedEventBusTests"/>): list, requeue, unknown id, host-only permission — in-process and through the proxies.
/// </summary>
public abstract class DistributedEventDeadLetterAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : DistributedEventDeadLetterAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : DistributedEventDeadLetterAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task GetListAsync_ThenRequeueAsync_ListsTheLetterThenMovesItBackToTheTenantsOutbox()
    {
        var tenant = await fixture.CreateTenantAsync();
        var occurredAt = new DateTime(2026, 3, 1, 6, 30, 15, 123, DateTimeKind.Utc);
        var envelope = new DistributedEventEnvelope(Guid.NewGuid(), "Tests.Parity.v1", tenant.Id, "corr-parity", occurredAt, "{\"marker\":\"parity\"}");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDistributedEventDeadLetterStore>().AddAsync(envelope, "System.InvalidOperationException: boom", 3);
        }

        var page = await AsHostAdminAsync(s => s.GetListAsync(new PagedResultRequestDto { MaxResultCount = 1000 }));

        var letter = page.Items.Where(d => d.MessageId == envelope.MessageId).ShouldHaveSingleItem();
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(1);
        letter.EventName.ShouldBe("Tests.Parity.v1");
        letter.TenantId.ShouldBe(tenant.Id);
        letter.CorrelationId.ShouldBe("corr-parity");
        letter.OccurredAtUtc.ShouldBe(occurredAt);
        letter.OccurredAtUtc.Kind.ShouldBe(DateTimeKind.Utc);
        letter.DeadLetteredAtUtc.Kind.ShouldBe(DateTimeKind.Utc);
        letter.Payload.ShouldBe("{\"marker\":\"parity\"}");
        letter.Error.ShouldBe("System.InvalidOperationException: boom");
        letter.Attempts.ShouldBe(3);

        await AsHostAdminAsync(async s => { await s.RequeueAsync(letter.Id); return true; });

        var outbox = await GetOutboxAsync(tenant.Id);
        var row = outbox.Where(m => m.Id == envelope.MessageId).ShouldHaveSingleItem();
        row.EventName.ShouldBe("Tests.Parity.v1");
        row.CorrelationId.ShouldBe("corr-parity");
        var after = await AsHostAdminAsync(s => s.GetListAsync(new PagedResultRequestDto { MaxResultCount = 1000 }));
        after.Items.ShouldNotContain(d => d.Id == letter.Id);
    }

    [Fact]
    public async Task RequeueAsync_UnknownId_ThrowsEntityNotFound()
    {
        await Should.ThrowAsync<EntityNotFoundException>(() => AsHostAdminAsync(async s => { await s.RequeueAsync(Guid.NewGuid()); return true; }));
    }

    [Fact]
    public async Task GetListAsync_AsTenantAdmin_IsForbidden()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var _ = fixture.RunAs(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();

        await Should.ThrowAsync<AuthorizationException>(() => scope.ServiceProvider.GetRequiredService<IDistributedEventDeadLetterAppService>()
            .GetListAsync(new PagedResultRequestDto()));
    }

    private async Task<TResult> AsHostAdminAsync<TResult>(Func<IDistributedEventDeadLetterAppService, Task<TResult>> call)
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using var _ = fixture.RunAs(null, hostAdmin, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<IDistributedEventDeadLetterAppService>());
    }

    private async Task<List<OutboxMessage>> GetOutboxAsync(Guid tenantId)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        return await context.Set<OutboxMessage>().AsNoTracking().Where(m => m.TenantId == tenantId).ToListAsync();
    }
}
