using System.Net;
using FitSaaS.Bookings;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// Two real host processes sharing one Redis (issue #5 §3–4): a permission change made through instance A is enforced by
/// instance B within one second, both ways.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterCacheTests
{
    [Fact]
    public async Task PermissionGrantChangedThroughA_IsEnforcedByBWithinOneSecond()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        await using var cluster = await HostCluster.StartAsync();
        var tenant = await HostCluster.CreateTenantAsync(cluster.A);
        var adminToken = await HostCluster.GetTokenAsync(cluster.A, tenant.Name, "admin");
        using var admin = cluster.A.CreateClient(adminToken);
        var session = await CreateSessionAsync(admin, 10, DateTime.UtcNow.AddDays(1));
        var (memberId, memberToken) = await HostCluster.RegisterMemberAsync(cluster.B, tenant.Name, "roster-reader");
        var roster = $"{ClassSessionsRoute}/{session.Id}/roster";

        // B has answered (and cached) the member's grant set before the change.
        (await HostCluster.GetStatusAsync(cluster.B, memberToken, roster)).ShouldBe(HttpStatusCode.Forbidden);

        await HostCluster.SetPermissionAsync(cluster.A, adminToken, "U", memberId.ToString(), BookingsPermissions.ClassSessions.Roster, isGranted: true);
        var granted = await HostCluster.MeasureUntilAsync(
            async () => await HostCluster.GetStatusAsync(cluster.B, memberToken, roster) == HttpStatusCode.OK, TimeSpan.FromSeconds(5));
        await HostCluster.SetPermissionAsync(cluster.A, adminToken, "U", memberId.ToString(), BookingsPermissions.ClassSessions.Roster, isGranted: false);
        var revoked = await HostCluster.MeasureUntilAsync(
            async () => await HostCluster.GetStatusAsync(cluster.B, memberToken, roster) == HttpStatusCode.Forbidden, TimeSpan.FromSeconds(5));

        granted.ShouldNotBeNull($"B never saw the grant made through A{Environment.NewLine}{cluster.Tails()}").ShouldBeLessThan(TimeSpan.FromSeconds(1));
        revoked.ShouldNotBeNull($"B never saw the revocation made through A{Environment.NewLine}{cluster.Tails()}").ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }
}
