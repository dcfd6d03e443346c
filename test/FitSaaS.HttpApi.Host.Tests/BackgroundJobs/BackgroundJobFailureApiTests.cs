using System.Net;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.BackgroundJobs;

public sealed class BackgroundJobFailureApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Route = "/api/background-jobs/failed";

    [Fact]
    public async Task GetFailed_HostAdmin_200_TenantAdmin_403_Anonymous_401()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var hostAdmin = await fixture.LoginAsync(null, "admin");
        using var tenantAdmin = await fixture.LoginAsync(tenant.Name, "admin");
        using var anonymous = fixture.CreateClient();

        using var ok = await hostAdmin.GetAsync(new Uri(Route, UriKind.Relative), TestContext.Current.CancellationToken);
        using var forbidden = await tenantAdmin.GetAsync(new Uri(Route, UriKind.Relative), TestContext.Current.CancellationToken);
        using var unauthorized = await anonymous.GetAsync(new Uri(Route, UriKind.Relative), TestContext.Current.CancellationToken);

        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"totalCount\":");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
