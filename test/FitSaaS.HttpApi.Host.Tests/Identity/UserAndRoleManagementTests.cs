using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

public sealed class UserAndRoleManagementTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task UserLifecycle_CreateFilterUpdateLockUnlockResetDelete()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/identity/users",
            new { userName = "jordan", email = "jordan@example.test", password = TestUsers.Password, roleNames = new[] { "staff" } }));
        var id = created.GetProperty("id").GetGuid();
        var staffList = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/identity/users?roleName=staff", UriKind.Relative));
        var updated = await ReadAsync(await admin.PutAsJsonAsync($"/api/identity/users/{id}", new { email = "jordan@new.test", isActive = true, roleNames = new[] { "member" } }));
        (await admin.PostAsJsonAsync($"/api/identity/users/{id}/lock", new { minutes = 30 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var whileLocked = await fixture.RequestTokenAsync(tenant.Name, "jordan", TestUsers.Password);
        (await admin.PostAsync(new Uri($"/api/identity/users/{id}/unlock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/identity/users/{id}/reset-password", new { newPassword = "An0ther-Pass!" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var oldPassword = await fixture.RequestTokenAsync(tenant.Name, "jordan", TestUsers.Password);
        using var newPassword = await fixture.RequestTokenAsync(tenant.Name, "jordan", "An0ther-Pass!");
        (await admin.DeleteAsync(new Uri($"/api/identity/users/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var afterDelete = await admin.GetAsync(new Uri($"/api/identity/users/{id}", UriKind.Relative));

        created.GetProperty("roles")[0].GetString().ShouldBe("staff");
        staffList.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldBe(["jordan"]);
        updated.GetProperty("email").GetString().ShouldBe("jordan@new.test");
        updated.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["member"]);
        whileLocked.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        oldPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        newPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterDelete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admin_CannotDeleteOrLockThemselves_AndUnknownRoleIsRefused()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var deleteSelf = await admin.DeleteAsync(new Uri($"/api/identity/users/{tenant.AdminUserId}", UriKind.Relative));
        using var unknownRole = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName = "x1", email = "x1@example.test", password = TestUsers.Password, roleNames = new[] { "wizard" } });

        deleteSelf.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await CodeAsync(deleteSelf)).ShouldBe("Identity:CannotChangeSelf");
        (await CodeAsync(unknownRole)).ShouldBe("Identity:UnknownRole");
    }

    [Fact]
    public async Task CustomRole_RenameKeepsGrants_DeleteRefusedWhileHeld()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        var role = await ReadAsync(await admin.PostAsJsonAsync("/api/identity/roles", new { name = "coach" }));
        var roleId = role.GetProperty("id").GetGuid();
        await admin.PutAsync(new Uri("/api/permission-management/permissions?providerName=R&providerKey=coach", UriKind.Relative),
            JsonContent.Create(new { permissions = new[] { new { name = "FitSaaS.Bookings.ClassSessions", isGranted = true } } }));
        var renamed = await ReadAsync(await admin.PutAsJsonAsync($"/api/identity/roles/{roleId}", new { name = "head-coach" }));
        var tree = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/permission-management/permissions?providerName=R&providerKey=head-coach", UriKind.Relative));
        await admin.PostAsJsonAsync("/api/identity/users", new { userName = "hc", email = "hc@example.test", password = TestUsers.Password, roleNames = new[] { "head-coach" } });
        using var deleteHeld = await admin.DeleteAsync(new Uri($"/api/identity/roles/{roleId}", UriKind.Relative));
        var builtIn = (await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/identity/roles", UriKind.Relative)))
            .GetProperty("items").EnumerateArray().First(r => r.GetProperty("name").GetString() == "staff").GetProperty("id").GetGuid();
        using var deleteBuiltIn = await admin.DeleteAsync(new Uri($"/api/identity/roles/{builtIn}", UriKind.Relative));
        using var duplicate = await admin.PostAsJsonAsync("/api/identity/roles", new { name = "head-coach" });

        renamed.GetProperty("name").GetString().ShouldBe("head-coach");
        tree.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Single(p => p.GetProperty("name").GetString() == "FitSaaS.Bookings.ClassSessions").GetProperty("isGranted").GetBoolean().ShouldBeTrue();
        deleteHeld.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeAsync(deleteHeld)).ShouldBe("Identity:RoleInUse");
        (await CodeAsync(deleteBuiltIn)).ShouldBe("Identity:BuiltInRole");
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TenantIsolation_AndPermissions()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var userInA = await fixture.CreateUserAsync(a.Name, "secret-agent", "staff");
        using var adminB = await fixture.LoginAsync(b.Name, "admin");
        var (_, member) = await fixture.RegisterMemberAsync(a.Name, "curious");
        using var host = await fixture.CreateHostAdminClientAsync();

        using var getAcross = await adminB.GetAsync(new Uri($"/api/identity/users/{userInA}", UriKind.Relative));
        using var lockAcross = await adminB.PostAsJsonAsync($"/api/identity/users/{userInA}/lock", new { minutes = 5 });
        var listB = await adminB.GetFromJsonAsync<JsonElement>(new Uri("/api/identity/users?filter=secret", UriKind.Relative));
        var hostList = await host.GetFromJsonAsync<JsonElement>(new Uri("/api/identity/users", UriKind.Relative));
        using var byMember = await member.GetAsync(new Uri("/api/identity/users", UriKind.Relative));

        getAcross.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        lockAcross.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        listB.GetProperty("totalCount").GetInt64().ShouldBe(0);
        hostList.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldBe(["admin"]);
        byMember.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        member.Dispose();
    }

    [Fact]
    public async Task DeactivatedUser_CannotRefreshOrSignIn_ReactivatedCanSignIn()
    {
        var tenant = await fixture.CreateTenantAsync();
        var id = await fixture.CreateUserAsync(tenant.Name, "paused", "member");
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var tokens = await fixture.RequestTokenAsync(tenant.Name, "paused", TestUsers.Password);
        var refresh = (await tokens.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;

        (await admin.PutAsJsonAsync($"/api/identity/users/{id}", new { email = "paused@example.test", isActive = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var anonymous = fixture.CreateClient();
        using var refreshed = await anonymous.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "FitSaaS_App",
            ["refresh_token"] = refresh,
        }));
        using var signIn = await fixture.RequestTokenAsync(tenant.Name, "paused", TestUsers.Password);
        (await admin.PutAsJsonAsync($"/api/identity/users/{id}", new { email = "paused@example.test", isActive = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var signInAgain = await fixture.RequestTokenAsync(tenant.Name, "paused", TestUsers.Password);

        refreshed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        signIn.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        signInAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Roles_AreIsolatedPerTenant()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(a.Name, "admin");
        using var adminB = await fixture.LoginAsync(b.Name, "admin");
        var roleA = await ReadAsync(await adminA.PostAsJsonAsync("/api/identity/roles", new { name = "yoga-teacher" }));
        var roleId = roleA.GetProperty("id").GetGuid();

        var rolesB = await adminB.GetFromJsonAsync<JsonElement>(new Uri("/api/identity/roles", UriKind.Relative));
        using var renameAcross = await adminB.PutAsJsonAsync($"/api/identity/roles/{roleId}", new { name = "stolen" });
        using var deleteAcross = await adminB.DeleteAsync(new Uri($"/api/identity/roles/{roleId}", UriKind.Relative));
        using var sameNameInB = await adminB.PostAsJsonAsync("/api/identity/roles", new { name = "yoga-teacher" });

        rolesB.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldNotContain("yoga-teacher");
        renameAcross.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        deleteAcross.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        sameNameInB.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.ShouldBeTrue(body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
