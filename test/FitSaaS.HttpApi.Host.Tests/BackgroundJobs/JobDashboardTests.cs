using System.Net;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.HttpApi.Host.Tests.BackgroundJobs;

/// <summary>The Hangfire Dashboard at <c>/hangfire</c>: host admins only, and job arguments never in clear.</summary>
public sealed class JobDashboardTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Dashboard = "/hangfire";

    [Theory]
    [InlineData(Dashboard)]
    [InlineData(Dashboard + "/jobs/enqueued")]
    [InlineData(Dashboard + "/recurring")]
    public async Task Dashboard_HostAdmin_200_TenantAdmin_403_Anonymous_401(string path)
    {
        var tenant = await fixture.CreateTenantAsync();
        using var hostAdmin = await fixture.LoginAsync(null, "admin");
        using var tenantAdmin = await fixture.LoginAsync(tenant.Name, "admin");
        using var anonymous = fixture.CreateClient();

        using var ok = await hostAdmin.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using var forbidden = await tenantAdmin.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using var unauthorized = await anonymous.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("FitSaaS background jobs");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("FitSaaS background jobs");
        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Dashboard_InABrowser_WithoutASession_GoesToTheSignInPage_AndOpensWithTheHostAdminsSession()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var hostBrowser = fixture.CreateBrowserClient();
        using var tenantBrowser = fixture.CreateBrowserClient();

        using var anonymous = await GetHtmlAsync(hostBrowser, Dashboard);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldEndWith("/account/login?ReturnUrl=%2Fhangfire");

        await SignInAsync(hostBrowser, anonymous.Headers.Location.OriginalString, null);
        await SignInAsync(tenantBrowser, anonymous.Headers.Location.OriginalString, tenant.Name);
        using var host = await GetHtmlAsync(hostBrowser, Dashboard + "/recurring");
        using var other = await GetHtmlAsync(tenantBrowser, Dashboard + "/recurring");

        host.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("FitSaaS background jobs");
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> GetHtmlAsync(HttpClient browser, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        return await browser.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task SignInAsync(HttpClient browser, string loginUrl, string? tenantName)
    {
        var page = new FitSaaS.HttpApi.Host.Tests.Identity.AuthorizationCodeBrowser(browser);
        var form = await page.ReadFormAsync(loginUrl);
        using var posted = await page.SubmitAsync(form, tenantName, "admin", TestUsers.Password);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.OriginalString.ShouldBe(Dashboard);
    }

    [Fact]
    public async Task Dashboard_ShowsAJob_ByNameAndTenant_WithoutItsArgumentValues_OrTheStoreConnectionString()
    {
        var tenant = await fixture.CreateTenantAsync();
        // A job of this test only (it never runs: scheduled an hour ahead).
        fixture.Services.GetRequiredService<IOptions<BackgroundJobOptions>>().Value.Jobs.TryAdd(
            DashboardTestArgs.Name, new BackgroundJobRegistration(DashboardTestArgs.Name, typeof(DashboardTestArgs), typeof(DashboardTestJob)));
        var secret = $"sk-live-{Guid.NewGuid():N}";
        string id;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            using var inTenant = scope.ServiceProvider.GetRequiredService<FitSaaS.Framework.MultiTenancy.ICurrentTenant>().Change(tenant.Id);
            id = await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>()
                .EnqueueAsync(new DashboardTestArgs(secret, "visible-setting"), TimeSpan.FromHours(1), cancellationToken: TestContext.Current.CancellationToken);
        }

        using var hostAdmin = await fixture.LoginAsync(null, "admin");
        foreach (var path in new[] { $"{Dashboard}/jobs/details/{id}", $"{Dashboard}/jobs/scheduled" })
        {
            using var response = await hostAdmin.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            html.ShouldContain(DashboardTestArgs.Name, customMessage: path);
            html.ShouldNotContain(secret, customMessage: $"{path} shows an argument value");
            html.ShouldNotContain("visible-setting", customMessage: $"{path} shows an argument value");
            html.ShouldNotContain(fixture.Database.ConnectionString, customMessage: $"{path} shows the store's connection string");
            html.ShouldNotContain("Password=", Case.Insensitive, $"{path} shows the store's connection string");
        }

        using var details = await hostAdmin.GetAsync(new Uri($"{Dashboard}/jobs/details/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        (await details.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(tenant.Id.ToString(), customMessage: "the tenant stays readable");
    }
}

[BackgroundJobName(Name)]
internal sealed record DashboardTestArgs(string ApiKey, string Setting)
{
    public const string Name = "Tests.Dashboard";
}

internal sealed class DashboardTestJob : IBackgroundJob<DashboardTestArgs>
{
    public Task ExecuteAsync(DashboardTestArgs args, CancellationToken cancellationToken) => Task.CompletedTask;
}
