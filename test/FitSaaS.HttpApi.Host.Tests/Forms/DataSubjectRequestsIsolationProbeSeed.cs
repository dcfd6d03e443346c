using FitSaaS.HttpApi.Host.Tests.Isolation;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Forms;

/// <summary>The data subject requests' probe data in B: a processed export of B's member (with its archive) and a received erasure.</summary>
public sealed class DataSubjectRequestsIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/forms/data-requests";

    public int Order => 60; // after Identity, Bookings, Billing and Programs: the export reads their data

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var (adminB, marker, targets, ct) = (context.VictimAdmin, context.Marker, context.Targets, cancellationToken);
        var users = await GetAsync(adminB, $"/api/identity/users?filter=member-{marker}", ct);
        var memberId = users.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        var export = await PostAsync(adminB, "/api/forms/data-requests", new { memberId, kind = "Export", note = $"export note {marker}" }, ct);
        var exportId = export.GetProperty("id").GetGuid();
        await PostAsync(adminB, $"/api/forms/data-requests/{exportId}/process", new { }, ct);
        targets.AddId("data-requests", exportId, "B's processed export request");
        targets.AddSecret($"export note {marker}", "B's data request note");
        var erasure = await PostAsync(adminB, "/api/forms/data-requests", new { memberId, kind = "Erasure" }, ct);
        targets.AddId("data-requests", erasure.GetProperty("id").GetGuid(), "B's received erasure request");
    }
}
