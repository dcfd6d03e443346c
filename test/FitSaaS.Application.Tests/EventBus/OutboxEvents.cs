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
    public static async Task<List<T>> ReadAsync<T>(FitSaaSApplicationFixture fixture, Guid tenantId, string eventName) =>
        (await ReadPayloadsAsync(fixture, tenantId, eventName)).Select(p => JsonSerializer.Deserialize<T>(p.Payload, s_json)!).ToList();

    /// <summary>The tenant's outbox rows of the events named <paramref name="eventNames"/> (name and JSON payload, as they go out), oldest first.</summary>
    public static async Task<List<(string EventName, string Payload)>> ReadPayloadsAsync(FitSaaSApplicationFixture fixture, Guid tenantId, params string[] eventNames)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.CreateScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        var rows = await context.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.TenantId == tenantId && eventNames.Contains(m.EventName))
            .Select(m => new { m.EventName, m.Payload, m.OccurredAt }).ToListAsync(TestContext.Current.CancellationToken);
        return rows.OrderBy(r => r.OccurredAt).Select(r => (r.EventName, r.Payload)).ToList();
    }
}
