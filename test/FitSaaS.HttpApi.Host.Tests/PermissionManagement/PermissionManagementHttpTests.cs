using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.PermissionManagement;

public sealed class PermissionManagementHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string LocationsCreate = "FitSaaS.Bookings.Locations.Create";
    private const string LocationsDefault = "FitSaaS.Bookings.Locations";

    [Fact]
    public async Task GetTree_ForStaffRole_ListsTenantSideWithGrantedFlags()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        var tree = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/permission-management/permissions?providerName=R&providerKey=staff", UriKind.Relative));

        var permissions = tree.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray()).ToList();
        permissions.Single(p => p.GetProperty("name").GetString() == LocationsCreate).GetProperty("isGranted").GetBoolean().ShouldBeTrue();
        permissions.Single(p => p.GetProperty("name").GetString() == LocationsCreate).GetProperty("parentName").GetString().ShouldBe(LocationsDefault);
        permissions.ShouldNotContain(p => p.GetProperty("name").GetString()!.StartsWith("FitSaaS.TenantManagement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GrantToUser_AppliesAtOnce_AndRevokingRemovesIt()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, "grantee");
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var location = new { name = "Annex", timeZoneId = "Europe/London" };

        (await member.PostAsJsonAsync("/api/bookings/locations", location)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await UpdateAsync(admin, "U", memberId.ToString(), (LocationsDefault, true), (LocationsCreate, true))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await member.PostAsJsonAsync("/api/bookings/locations", location)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await UpdateAsync(admin, "U", memberId.ToString(), (LocationsCreate, false))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await member.PostAsJsonAsync("/api/bookings/locations", new { name = "Annex 2", timeZoneId = "Europe/London" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        member.Dispose();
    }

    [Fact]
    public async Task RevokeFromRole_AppliesToExistingTokensAtOnce()
    {
        var tenant = await fixture.CreateTenantAsync();
        await fixture.CreateUserAsync(tenant.Name, "coach", IdentityConsts.StaffRole);
        using var staff = await fixture.LoginAsync(tenant.Name, "coach");
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        (await staff.PostAsJsonAsync("/api/bookings/locations", new { name = "Before", timeZoneId = "UTC" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await UpdateAsync(admin, "R", "staff", (LocationsCreate, false))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var refused = await staff.PostAsJsonAsync("/api/bookings/locations", new { name = "After", timeZoneId = "UTC" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_UnknownOrHostSidePermission_Is422_AndNothingChanges()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await UpdateAsync(admin, "R", "member", (LocationsCreate, true), ("FitSaaS.TenantManagement.Tenants", true));
        var tree = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/permission-management/permissions?providerName=R&providerKey=member", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("PermissionManagement:UnknownPermission");
        tree.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Single(p => p.GetProperty("name").GetString() == LocationsCreate).GetProperty("isGranted").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task TenantIsolation_AndPermissions()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var userInA = await fixture.CreateUserAsync(a.Name, "only-a", IdentityConsts.StaffRole);
        using var adminB = await fixture.LoginAsync(b.Name, "admin");
        var (_, member) = await fixture.RegisterMemberAsync(a.Name, "nosy");
        using var anonymous = fixture.CreateClient();

        using var crossTenant = await adminB.GetAsync(new Uri($"/api/permission-management/permissions?providerName=U&providerKey={userInA}", UriKind.Relative));
        using var crossUpdate = await UpdateAsync(adminB, "U", userInA.ToString(), (LocationsCreate, true));
        using var byMember = await member.GetAsync(new Uri("/api/permission-management/permissions?providerName=R&providerKey=member", UriKind.Relative));
        using var byAnonymous = await anonymous.GetAsync(new Uri("/api/permission-management/permissions?providerName=R&providerKey=member", UriKind.Relative));

        crossTenant.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await crossTenant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("PermissionManagement:UnknownProviderKey");
        crossUpdate.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        byMember.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAnonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        member.Dispose();
    }

    [Fact]
    public async Task ApplicationConfiguration_ReturnsUserTenantAndGrants_WithETag304()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "appcfg");

        using var first = await member.GetAsync(new Uri("/api/application-configuration", UriKind.Relative));
        var config = await first.Content.ReadFromJsonAsync<JsonElement>();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/application-configuration");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Headers.ETag!.ToString()));
        using var second = await member.SendAsync(request);
        using var anonymous = fixture.CreateClient();
        var anonymousConfig = await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/api/application-configuration", UriKind.Relative));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        config.GetProperty("currentUser").GetProperty("userName").GetString().ShouldBe("appcfg");
        config.GetProperty("currentTenant").GetProperty("id").GetGuid().ShouldBe(tenant.Id);
        config.GetProperty("auth").GetProperty("grantedPolicies").TryGetProperty("FitSaaS.Bookings.ClassSessions", out _).ShouldBeTrue();
        config.GetProperty("auth").GetProperty("grantedPolicies").TryGetProperty(LocationsCreate, out _).ShouldBeFalse();
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        anonymousConfig.GetProperty("currentUser").GetProperty("isAuthenticated").GetBoolean().ShouldBeFalse();
        anonymousConfig.GetProperty("auth").GetProperty("grantedPolicies").EnumerateObject().ShouldBeEmpty();
        member.Dispose();
    }

    private static Task<HttpResponseMessage> UpdateAsync(HttpClient client, string providerName, string providerKey, params (string Name, bool IsGranted)[] changes) =>
        client.PutAsync(
            new Uri($"/api/permission-management/permissions?providerName={providerName}&providerKey={providerKey}", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new { permissions = changes.Select(c => new { name = c.Name, isGranted = c.IsGranted }) }), Encoding.UTF8, "application/json"));
}
