using System.Text.Json;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.EventBus;

/// <summary>Reads a tenant's outbox rows of one event name as their events (the application fixtures do not dispatch the outbox).</summary>
public static class OutboxEvents
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>The tenant's outbox events named <paramref name="eventName"/>, oldest first.</summary>
    public static async Task<List<T>> ReadAsync<T>(FitSaaSApplicationFixture fixture, Guid tenantId, string eventName)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.CreateScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        var payloads = await context.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.EventName == eventName)
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Payload).ToListAsync(TestContext.Current.CancellationToken);
        return payloads.Select(p => JsonSerializer.Deserialize<T>(p, s_json)!).ToList();
    }
}
