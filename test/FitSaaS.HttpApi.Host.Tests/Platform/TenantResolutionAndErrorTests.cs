using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

public sealed class TenantResolutionAndErrorTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task Register_TenantFromQueryValue_CreatesMemberInThatTenant()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync($"/api/account/register?__tenant={tenant.Name}",
            new { userName = "quinn", email = "quinn@example.test", password = TestUsers.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tenantId").GetGuid().ShouldBe(tenant.Id);
    }

    [Fact]
    public async Task Register_TenantFromSubdomain_CreatesMemberInThatTenant()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/register")
        {
            Content = JsonContent.Create(new { userName = "sub", email = "sub@example.test", password = TestUsers.Password }),
        };
        request.Headers.Host = FitSaaSWebFixture.SubdomainPattern.Replace("{0}", tenant.Name, StringComparison.Ordinal);

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tenantId").GetGuid().ShouldBe(tenant.Id);
    }

    [Fact]
    public async Task Register_HeaderWinsOverQueryValue()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/account/register?__tenant={b.Name}")
        {
            Content = JsonContent.Create(new { userName = "hdr", email = "hdr@example.test", password = TestUsers.Password }),
        };
        request.Headers.Add("__tenant", a.Id.ToString());

        using var response = await client.SendAsync(request);

        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tenantId").GetGuid().ShouldBe(a.Id);
    }

    [Fact]
    public async Task Register_WithoutTenant_Is422TenantRequired()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/account/register", new { userName = "nobody", email = "n@example.test", password = TestUsers.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await CodeAsync(response)).ShouldBe("Identity:TenantRequired");
    }

    [Fact]
    public async Task MalformedJson_Is400ValidationProblem_NotA500()
    {
        using var host = await fixture.CreateHostAdminClientAsync();

        using var response = await host.PostAsync(new Uri("/api/tenant-management/tenants", UriKind.Relative),
            new StringContent("{\"name\": \"broken", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("FitSaaS:ValidationFailed");
        problem.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task NonGuidId_Is400_UnknownId_Is404()
    {
        using var host = await fixture.CreateHostAdminClientAsync();

        using var notAGuid = await host.GetAsync(new Uri("/api/tenant-management/tenants/not-a-guid", UriKind.Relative));
        using var unknown = await host.GetAsync(new Uri($"/api/tenant-management/tenants/{Guid.NewGuid()}", UriKind.Relative));

        notAGuid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CodeAsync(unknown)).ShouldBe("FitSaaS:EntityNotFound");
    }

    [Fact]
    public async Task InvalidPaging_Is400WithFieldErrors()
    {
        using var host = await fixture.CreateHostAdminClientAsync();

        using var badPage = await host.GetAsync(new Uri("/api/tenant-management/tenants?maxResultCount=0", UriKind.Relative));
        using var badSort = await host.GetAsync(new Uri("/api/tenant-management/tenants?sorting=password", UriKind.Relative));
        using var goodSort = await host.GetAsync(new Uri("/api/tenant-management/tenants?sorting=name%20desc", UriKind.Relative));

        badPage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("maxResultCount", out _).ShouldBeTrue();
        badSort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badSort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("sorting", out _).ShouldBeTrue();
        goodSort.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Rename_WithStaleConcurrencyStamp_Is409_WithFreshStampSucceeds()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var host = await fixture.CreateHostAdminClientAsync();
        var current = await host.GetFromJsonAsync<JsonElement>(new Uri($"/api/tenant-management/tenants/{tenant.Id}", UriKind.Relative));
        var stamp = current.GetProperty("concurrencyStamp").GetString();
        var newName = tenant.Name + "-x";

        using var renamed = await host.PutAsJsonAsync($"/api/tenant-management/tenants/{tenant.Id}", new { name = newName, concurrencyStamp = stamp });
        using var stale = await host.PutAsJsonAsync($"/api/tenant-management/tenants/{tenant.Id}", new { name = tenant.Name, concurrencyStamp = stamp });

        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString().ShouldBe(newName);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeAsync(stale)).ShouldBe("FitSaaS:ConcurrencyConflict");
        using var admin = await fixture.LoginAsync(newName, "admin");
        (await admin.GetAsync(new Uri("/api/account/my-profile", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
