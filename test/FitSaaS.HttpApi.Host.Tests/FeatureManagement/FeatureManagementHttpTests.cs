using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.FeatureManagement;

public sealed class FeatureManagementHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string EditionsRoute = "/api/feature-management/editions";
    private const string TenantsRoute = "/api/feature-management/tenants";

    [Fact]
    public async Task CreateLocation_BeyondTheEditionsLimit_Is422QuotaExceededWithTheLimit()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        using var first = await admin.PostAsJsonAsync("/api/bookings/locations", new { name = "One", timeZoneId = "UTC" }, TestJson.Options);
        first.EnsureSuccessStatusCode();

        using var second = await admin.PostAsJsonAsync("/api/bookings/locations", new { name = "Two", timeZoneId = "UTC" }, TestJson.Options);

        second.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(second);
        problem.GetProperty("code").GetString().ShouldBe(FeatureErrorCodes.QuotaExceeded);
        problem.GetProperty("data").GetProperty("limit").GetInt32().ShouldBe(1);
        problem.GetProperty("data").GetProperty("feature").GetString().ShouldBe(BookingsFeatures.MaxLocations);
    }

    [Fact]
    public async Task RegisterMember_BeyondMaxMembers_Is422QuotaExceeded()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var host = await fixture.CreateHostAdminClientAsync();
        (await PutOverridesAsync(host, tenant.Id, (IdentityFeatures.MaxMembers, "1"))).EnsureSuccessStatusCode();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "onlyone");
        member.Dispose();
        using var anonymous = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/register")
        {
            Content = JsonContent.Create(new { userName = "onetoomany", email = "onetoomany@example.test", password = TestUsers.Password }, options: TestJson.Options),
        };
        request.Headers.Add("__tenant", tenant.Name);

        using var response = await anonymous.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(FeatureErrorCodes.QuotaExceeded);
        problem.GetProperty("data").GetProperty("limit").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Editions_HostAdminManagesThem_TenantAdminIs403()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var host = await fixture.CreateHostAdminClientAsync();
        using var tenantAdmin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        var name = $"Gold-{Guid.NewGuid():N}"[..12];

        using var created = await host.PostAsJsonAsync(EditionsRoute, new
        {
            name,
            displayName = "Gold",
            features = new[] { new { name = BookingsFeatures.MaxLocations, value = "5" } },
        }, TestJson.Options);
        var edition = (await created.Content.ReadFromJsonAsync<EditionDto>(TestJson.Options))!;
        var list = await host.GetFromJsonAsync<PagedResultDto<EditionDto>>($"{EditionsRoute}?filter={name}&sorting=name desc", TestJson.Options);
        using var renamed = await host.PutAsJsonAsync($"{EditionsRoute}/{edition.Id}", new { name, displayName = "Gold tier" }, TestJson.Options);
        using var values = await host.PutAsJsonAsync($"{EditionsRoute}/{edition.Id}/values",
            new { features = new[] { new { name = BookingsFeatures.Waitlist, value = "TRUE" } } }, TestJson.Options);
        var read = await host.GetFromJsonAsync<List<FeatureValueDto>>($"{EditionsRoute}/{edition.Id}/values", TestJson.Options);
        using var asTenantList = await tenantAdmin.GetAsync(new Uri(EditionsRoute, UriKind.Relative));
        using var asTenantCreate = await tenantAdmin.PostAsJsonAsync(EditionsRoute, new { name = "Hacked", displayName = "Hacked" }, TestJson.Options);
        using var asTenantOverride = await PutOverridesAsync(tenantAdmin, tenant.Id, (BookingsFeatures.MaxLocations, "-1"));
        using var deleted = await host.DeleteAsync(new Uri($"{EditionsRoute}/{edition.Id}", UriKind.Relative));
        using var gone = await host.GetAsync(new Uri($"{EditionsRoute}/{edition.Id}", UriKind.Relative));

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        list!.Items.ShouldHaveSingleItem().Id.ShouldBe(edition.Id);
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        values.StatusCode.ShouldBe(HttpStatusCode.OK);
        read!.Single(v => v.Name == BookingsFeatures.MaxLocations).Value.ShouldBe("5");
        read!.Single(v => v.Name == BookingsFeatures.Waitlist).Value.ShouldBe("true");
        asTenantList.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        asTenantCreate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        asTenantOverride.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deleted.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.NoContent);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Editions_BadInput_IsAProblemWithAStableCodeAndChangesNothing()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Studio);
        using var host = await fixture.CreateHostAdminClientAsync();
        var studio = (await host.GetFromJsonAsync<PagedResultDto<EditionDto>>($"{EditionsRoute}?filter=Studio", TestJson.Options))!.Items.Single(e => e.Name == EditionNames.Studio);

        using var invalid = await host.PutAsJsonAsync($"{EditionsRoute}/{studio.Id}/values",
            new { features = new[] { new { name = BookingsFeatures.MaxLocations, value = "2" }, new { name = BookingsFeatures.Waitlist, value = "sometimes" } } }, TestJson.Options);
        using var unknown = await PutOverridesAsync(host, tenant.Id, ("Bookings.Teleport", "true"));
        using var duplicate = await host.PostAsJsonAsync(EditionsRoute, new { name = "studio", displayName = "Again" }, TestJson.Options);
        using var badName = await host.PostAsJsonAsync(EditionsRoute, new { name = "no spaces!", displayName = "X" }, TestJson.Options);
        using var inUse = await host.DeleteAsync(new Uri($"{EditionsRoute}/{studio.Id}", UriKind.Relative));
        using var noSuchTenant = await host.GetAsync(new Uri($"{TenantsRoute}/{Guid.NewGuid()}/features", UriKind.Relative));
        using var noSuchEdition = await host.PutAsJsonAsync($"{TenantsRoute}/{tenant.Id}/edition", new { editionName = "Platinum" }, TestJson.Options);

        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(invalid)).GetProperty("code").GetString().ShouldBe(FeatureErrorCodes.InvalidValue);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(unknown)).GetProperty("code").GetString().ShouldBe(FeatureErrorCodes.UnknownFeature);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(duplicate)).GetProperty("code").GetString().ShouldBe(FeatureManagementErrorCodes.DuplicateEditionName);
        badName.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        inUse.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(inUse)).GetProperty("code").GetString().ShouldBe(FeatureManagementErrorCodes.EditionInUse);
        noSuchTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noSuchEdition.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(noSuchEdition)).GetProperty("code").GetString().ShouldBe(FeatureManagementErrorCodes.EditionNotFound);
        var values = await host.GetFromJsonAsync<List<FeatureValueDto>>($"{EditionsRoute}/{studio.Id}/values", TestJson.Options);
        values!.Single(v => v.Name == BookingsFeatures.MaxLocations).Value.ShouldBe("3");
    }

    [Fact]
    public async Task ApplicationConfiguration_ShowsTheTenantsValues_AndItsETagChangesWithThem()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        using var host = await fixture.CreateHostAdminClientAsync();
        using var first = await admin.GetAsync(new Uri("/api/application-configuration", UriKind.Relative));
        var etag = first.Headers.ETag!;
        var features = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("features");

        using var edition = await host.PutAsJsonAsync($"{TenantsRoute}/{tenant.Id}/edition", new { editionName = EditionNames.Studio }, TestJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/application-configuration");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await admin.SendAsync(request);
        var after = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("features");
        using var unchangedRequest = new HttpRequestMessage(HttpMethod.Get, "/api/application-configuration");
        unchangedRequest.Headers.IfNoneMatch.Add(second.Headers.ETag!);
        using var unchanged = await admin.SendAsync(unchangedRequest);

        features.GetProperty(BookingsFeatures.MaxLocations).GetString().ShouldBe("1");
        features.GetProperty(BookingsFeatures.Waitlist).GetString().ShouldBe("false");
        features.GetProperty(FitSaaS.Forms.FormsFeatures.Enabled).GetString().ShouldBe("false");
        edition.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.ETag!.Tag.ShouldNotBe(etag.Tag);
        after.GetProperty(BookingsFeatures.MaxLocations).GetString().ShouldBe("3");
        unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task TenantFeatures_ReadShowsEditionTrialAndSources()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var host = await fixture.CreateHostAdminClientAsync();
        var end = DateTime.UtcNow.AddDays(14);

        using var trial = await host.PutAsJsonAsync($"{TenantsRoute}/{tenant.Id}/edition", new { editionName = EditionNames.Pro, endDateUtc = end }, TestJson.Options);
        var features = await host.GetFromJsonAsync<TenantFeaturesDto>($"{TenantsRoute}/{tenant.Id}/features", TestJson.Options);
        var tenantDto = await host.GetFromJsonAsync<TenantDto>($"/api/tenant-management/tenants/{tenant.Id}", TestJson.Options);

        trial.StatusCode.ShouldBe(HttpStatusCode.OK);
        features!.Edition.EditionName.ShouldBe(EditionNames.Pro);
        features.Edition.IsExpired.ShouldBeFalse();
        features.Edition.EditionEndDateUtc!.Value.ShouldBe(end, TimeSpan.FromSeconds(1));
        features.Features.Single(f => f.Name == BookingsFeatures.MaxLocations).Value.ShouldBe("-1");
        features.Features.Single(f => f.Name == BookingsFeatures.MaxLocations).Source.ShouldBe("Edition");
        tenantDto!.EditionId.ShouldBe(features.Edition.EditionId);
    }

    private static Task<HttpResponseMessage> PutOverridesAsync(HttpClient client, Guid tenantId, params (string Name, string? Value)[] values) =>
        client.PutAsJsonAsync($"{TenantsRoute}/{tenantId}/features", new { features = values.Select(v => new { name = v.Name, value = v.Value }).ToArray() }, TestJson.Options);

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType.ShouldNotBeNull();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

/// <summary>A host with the production default: new tenants on <c>Free</c>.</summary>
public sealed class FreeByDefaultWebFixture : FitSaaSWebFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("FeatureManagement:DefaultEdition", "Free")];
}

public sealed class DefaultEditionHttpTests(FreeByDefaultWebFixture fixture) : IClassFixture<FreeByDefaultWebFixture>
{
    [Fact]
    public async Task CreateTenant_WithoutEdition_IsOnFree()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);

        var config = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/application-configuration", UriKind.Relative));

        config.GetProperty("features").GetProperty(BookingsFeatures.MaxLocations).GetString().ShouldBe("1");
        config.GetProperty("features").GetProperty(IdentityFeatures.MaxMembers).GetString().ShouldBe("50");
    }
}
