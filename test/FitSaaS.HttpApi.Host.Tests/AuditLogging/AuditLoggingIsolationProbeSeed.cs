using System.Text.Json;
using FitSaaS.HttpApi.Host.Tests.Isolation;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.AuditLogging;

/// <summary>AuditLogging's probe data: B's and the host's newest audit logs (last, so they include every other seed's writes).</summary>
public sealed class AuditLoggingIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/audit-logging/";

    public int Order => int.MaxValue;

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var host = context.HostAdmin;
        foreach (var (who, label) in new[] { (context.VictimAdmin, "B's audit log"), (host, "a host audit log") })
        {
            // The host admin sees every tenant's entries (tenant A's too, which A may read): take the host's own.
            var logs = await GetAsync(who, "/api/audit-logging/audit-logs?maxResultCount=50", cancellationToken);
            var own = logs.GetProperty("items").EnumerateArray()
                .Where(log => who != host || log.GetProperty("tenantId").ValueKind == JsonValueKind.Null);
            foreach (var log in own.Take(3))
            {
                context.Targets.AddId("audit-logs", log.GetProperty("id").GetGuid(), label);
            }
        }
    }
}
