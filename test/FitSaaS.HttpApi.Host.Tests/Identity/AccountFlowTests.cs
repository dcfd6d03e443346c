using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

public sealed class AccountFlowTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task ForgotPassword_EmailedTokenResetsThePassword_Once()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "forgetful");
        member.Dispose();
        using var anonymous = fixture.CreateClient();
        anonymous.DefaultRequestHeaders.Add("__tenant", tenant.Name);

        (await anonymous.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = "forgetful@example.test" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = "nobody@example.test" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var mail = await fixture.WaitForMailAsync("forgetful@example.test", "reset-password");
        var userId = TestMailbox.LinkParameter(mail, "userId");
        var token = TestMailbox.LinkParameter(mail, "token");
        TestMailbox.LinkParameter(mail, "__tenant").ShouldBe(tenant.Name);

        using var reset = await anonymous.PostAsJsonAsync("/api/account/reset-password", new { userId, resetToken = token, password = "Rec0vered-Pass!" });
        using var again = await anonymous.PostAsJsonAsync("/api/account/reset-password", new { userId, resetToken = token, password = "Sec0nd-Try-Pass!" });
        using var login = await fixture.RequestTokenAsync(tenant.Name, "forgetful", "Rec0vered-Pass!");

        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("resetToken", out _).ShouldBeTrue();
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ResetToken_OfTenantA_IsUselessInTenantB()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(a.Name, "crosser");
        member.Dispose();
        using var inA = fixture.CreateClient();
        inA.DefaultRequestHeaders.Add("__tenant", a.Name);
        await inA.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = "crosser@example.test" });
        var mail = await fixture.WaitForMailAsync("crosser@example.test", "reset-password");
        using var inB = fixture.CreateClient();
        inB.DefaultRequestHeaders.Add("__tenant", b.Name);

        using var response = await inB.PostAsJsonAsync("/api/account/reset-password",
            new { userId = TestMailbox.LinkParameter(mail, "userId"), resetToken = TestMailbox.LinkParameter(mail, "token"), password = "Hijack-Pass1!" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fixture.RequestTokenAsync(a.Name, "crosser", TestUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Registration_SendsConfirmation_AndTheLinkConfirms()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (userId, member) = await fixture.RegisterMemberAsync(tenant.Name, "confirmer");
        var mail = await fixture.WaitForMailAsync("confirmer@example.test", "confirm-email");
        using var anonymous = fixture.CreateClient();
        anonymous.DefaultRequestHeaders.Add("__tenant", tenant.Name);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var wrong = await anonymous.PostAsJsonAsync("/api/account/confirm-email", new { userId, token = "forged" });
        using var confirm = await anonymous.PostAsJsonAsync("/api/account/confirm-email", new { userId, token = TestMailbox.LinkParameter(mail, "token") });
        var user = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/identity/users/{userId}", UriKind.Relative));

        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        confirm.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        user.GetProperty("emailConfirmed").GetBoolean().ShouldBeTrue();
        member.Dispose();
    }

    [Fact]
    public async Task ChangePassword_RequiresTheCurrentOne_AndInvalidatesRefreshTokens()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "rotator");
        using var tokens = await fixture.RequestTokenAsync(tenant.Name, "rotator", TestUsers.Password);
        var refresh = (await tokens.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;

        using var wrongCurrent = await member.PostAsJsonAsync("/api/account/change-password", new { currentPassword = "nope", newPassword = "Changed-Pass1!" });
        using var changed = await member.PostAsJsonAsync("/api/account/change-password", new { currentPassword = TestUsers.Password, newPassword = "Changed-Pass1!" });
        using var anonymous = fixture.CreateClient();
        using var refreshAfter = await anonymous.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "FitSaaS_App",
            ["refresh_token"] = refresh,
        }));

        wrongCurrent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongCurrent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("currentPassword", out _).ShouldBeTrue();
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        refreshAfter.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fixture.RequestTokenAsync(tenant.Name, "rotator", "Changed-Pass1!")).StatusCode.ShouldBe(HttpStatusCode.OK);
        member.Dispose();
    }
}
