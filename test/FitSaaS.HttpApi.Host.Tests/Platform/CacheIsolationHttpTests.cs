using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

public sealed class CacheIsolationHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task ApplicationConfiguration_OfTwoTenantsAdminsWithTheSameUserName_HasItsOwnETag()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(a.Name, "admin");
        using var adminB = await fixture.LoginAsync(b.Name, "admin");

        using var fromA = await adminA.GetAsync(new Uri("/api/application-configuration", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/application-configuration");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(fromA.Headers.ETag!.ToString()));
        using var fromB = await adminB.SendAsync(request);

        // Same user name, same roles, same grants: only the tenant differs, and B never gets A's representation.
        fromB.StatusCode.ShouldBe(HttpStatusCode.OK);
        fromB.Headers.ETag!.ToString().ShouldNotBe(fromA.Headers.ETag!.ToString());
        var configA = await fromA.Content.ReadFromJsonAsync<JsonElement>();
        var configB = await fromB.Content.ReadFromJsonAsync<JsonElement>();
        configA.GetProperty("currentUser").GetProperty("userName").GetString().ShouldBe("admin");
        configB.GetProperty("currentUser").GetProperty("userName").GetString().ShouldBe("admin");
        configA.GetProperty("currentTenant").GetProperty("id").GetGuid().ShouldBe(a.Id);
        configB.GetProperty("currentTenant").GetProperty("id").GetGuid().ShouldBe(b.Id);
        fromA.Headers.Vary.ShouldContain("Authorization");
        fromA.Headers.CacheControl!.Private.ShouldBeTrue();
    }
}
