using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

public sealed class ClientCredentialsTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task TenantMachineClient_GetsATokenActingInItsTenantWithItsOwnGrants()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var created = await (await admin.PostAsJsonAsync("/api/identity/clients", new { clientId = $"{tenant.Name}-sync", displayName = "Door sync" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var clientId = created.GetProperty("client").GetProperty("clientId").GetString()!;
        var secret = created.GetProperty("clientSecret").GetString()!;

        using var wrongSecret = await TokenAsync(clientId, "nope");
        using var basic = await TokenAsync(clientId, secret, useBasic: true);
        var tokenResponse = await basic.Content.ReadFromJsonAsync<JsonElement>();
        var token = tokenResponse.GetProperty("access_token").GetString()!;
        using var machine = fixture.CreateClient();
        machine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var beforeGrant = await machine.GetAsync(new Uri("/api/bookings/class-sessions", UriKind.Relative));
        using var grant = await admin.PutAsync(new Uri($"/api/permission-management/permissions?providerName=C&providerKey={clientId}", UriKind.Relative),
            new StringContent("{\"permissions\":[{\"name\":\"FitSaaS.Bookings.ClassSessions\",\"isGranted\":true}]}", Encoding.UTF8, "application/json"));
        using var afterGrant = await machine.GetAsync(new Uri("/api/bookings/class-sessions", UriKind.Relative));

        wrongSecret.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrongSecret.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_client");
        basic.StatusCode.ShouldBe(HttpStatusCode.OK);
        tokenResponse.TryGetProperty("refresh_token", out _).ShouldBeFalse();
        beforeGrant.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        grant.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        afterGrant.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RegeneratedSecret_ReplacesTheOldOne_AndOtherTenantsCannotSeeTheClient()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(a.Name, "admin");
        using var adminB = await fixture.LoginAsync(b.Name, "admin");
        var created = await (await adminA.PostAsJsonAsync("/api/identity/clients", new { clientId = $"{a.Name}-pos", displayName = "POS" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("client").GetProperty("id").GetGuid();
        var clientId = created.GetProperty("client").GetProperty("clientId").GetString()!;
        var oldSecret = created.GetProperty("clientSecret").GetString()!;

        var regenerated = await (await adminA.PostAsync(new Uri($"/api/identity/clients/{id}/regenerate-secret", UriKind.Relative), null))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var withOld = await TokenAsync(clientId, oldSecret);
        using var withNew = await TokenAsync(clientId, regenerated.GetProperty("clientSecret").GetString()!);
        using var seenByB = await adminB.GetAsync(new Uri($"/api/identity/clients/{id}", UriKind.Relative));
        var listB = await adminB.GetFromJsonAsync<JsonElement>(new Uri("/api/identity/clients", UriKind.Relative));
        using var duplicate = await adminB.PostAsJsonAsync("/api/identity/clients", new { clientId, displayName = "Copycat" });
        using var wrongTenant = await TokenAsync(clientId, regenerated.GetProperty("clientSecret").GetString()!, tenant: b.Name);

        withOld.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withNew.StatusCode.ShouldBe(HttpStatusCode.OK);
        seenByB.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        listB.GetProperty("totalCount").GetInt64().ShouldBe(0);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        wrongTenant.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PublicClient_CannotUseClientCredentials()
    {
        using var response = await TokenAsync("FitSaaS_App", null);

        // OpenIddict refuses the request before looking at the client: client_credentials needs a client secret.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_request");
    }

    private async Task<HttpResponseMessage> TokenAsync(string clientId, string? secret, bool useBasic = false, string? tenant = null)
    {
        using var client = fixture.CreateClient();
        var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "fitsaas-api" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token");
        if (useBasic)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        }
        else
        {
            fields["client_id"] = clientId;
            if (secret is not null)
            {
                fields["client_secret"] = secret;
            }
        }

        if (tenant is not null)
        {
            request.Headers.Add("__tenant", tenant);
        }

        request.Content = new FormUrlEncodedContent(fields);
        return await client.SendAsync(request);
    }
}
