using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>The gym's notification templates over HTTP (ADR 0064): the walk-through, and bad input as problems, never a 500.</summary>
public sealed class NotificationTemplateApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Templates = "/api/messaging/notification-templates";

    [Fact]
    public async Task ListPreviewSetAndDelete_WithTheLanguagesTheGymOffers()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        await SetTenantSettingsAsync(admin, (MessagingSettingNames.Languages, "en,es"));

        var list = await admin.GetFromJsonAsync<JsonElement>(new Uri(Templates, UriKind.Relative));
        using var preview = await admin.PostAsJsonAsync($"{Templates}/preview", new { kind = "BookingConfirmed", language = "es", subject = "¡Te esperamos el {{ session_start }}!" }, TestJson.Options);
        using var set = await admin.PutAsJsonAsync($"{Templates}/BookingConfirmed/es", new { subject = "¡Te esperamos el {{ session_start }}!", body = "Clase de {{ duration_minutes }} min." }, TestJson.Options);
        var one = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{Templates}/BookingConfirmed/es", UriKind.Relative));
        using var delete = await admin.DeleteAsync(new Uri($"{Templates}/BookingConfirmed/es", UriKind.Relative));
        using var deleteAgain = await admin.DeleteAsync(new Uri($"{Templates}/BookingConfirmed/es", UriKind.Relative));
        var reverted = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{Templates}/BookingConfirmed/es", UriKind.Relative));

        list.GetArrayLength().ShouldBe(2 * Enum.GetValues<NotificationKind>().Length);
        list[0].GetProperty("language").GetString().ShouldBe("en");
        list[0].GetProperty("variables").EnumerateArray().ShouldNotBeEmpty();
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subject").GetString().ShouldBe("¡Te esperamos el 2026-01-15 18:00!");
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        one.GetProperty("isOverridden").GetBoolean().ShouldBeTrue();
        one.GetProperty("body").GetString().ShouldBe("Clase de {{ duration_minutes }} min.");
        delete.IsSuccessStatusCode.ShouldBeTrue();
        deleteAgain.IsSuccessStatusCode.ShouldBeTrue();
        reverted.GetProperty("isOverridden").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task BadInput_IsAProblemNeverA500()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var studio = await fixture.CreateTenantAsync(editionName: EditionNames.Studio);
        var userName = $"m-{Guid.NewGuid():N}"[..16];
        await fixture.CreateUserAsync(tenant.Name, userName, IdentityConsts.MemberRole);
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        using var member = await fixture.LoginAsync(tenant.Name, userName);
        using var studioAdmin = await fixture.LoginAsync(studio.Name, IdentityConsts.AdminUserName);
        await SetTenantSettingsAsync(admin, (MessagingSettingNames.Languages, "en,es"));

        using var unknownVariable = await admin.PutAsJsonAsync($"{Templates}/BookingConfirmed/en", new { subject = "Hi {{ member_name }}", body = "ok" }, TestJson.Options);
        using var badLiquid = await admin.PutAsJsonAsync($"{Templates}/BookingConfirmed/en", new { subject = "ok", body = "{% if session_start %}unclosed" }, TestJson.Options);
        using var unknownFilter = await admin.PutAsJsonAsync($"{Templates}/BookingConfirmed/en", new { subject = "{{ session_start | shout }}", body = "ok" }, TestJson.Options);
        using var notOffered = await admin.PutAsJsonAsync($"{Templates}/BookingConfirmed/fr", new { subject = "ok", body = "ok" }, TestJson.Options);
        using var badTag = await admin.GetAsync(new Uri($"{Templates}/BookingConfirmed/%20%21", UriKind.Relative));
        using var unknownKind = await admin.PutAsJsonAsync($"{Templates}/Nope/en", new { subject = "ok", body = "ok" }, TestJson.Options);
        using var empty = await admin.PutAsJsonAsync($"{Templates}/BookingConfirmed/en", new { subject = "", body = "ok" }, TestJson.Options);
        using var tooLong = await admin.PutAsJsonAsync($"{Templates}/BookingConfirmed/en", new { subject = "ok", body = new string('x', NotificationTemplateOverrideConsts.MaxBodyLength + 1) }, TestJson.Options);
        using var deleteNotOffered = await admin.DeleteAsync(new Uri($"{Templates}/BookingConfirmed/fr", UriKind.Relative));
        using var noKind = await admin.PostAsJsonAsync($"{Templates}/preview", new { language = "en" }, TestJson.Options);
        using var badPreview = await admin.PostAsJsonAsync($"{Templates}/preview", new { kind = "Debt", body = "{{ amount }}" }, TestJson.Options);
        using var memberList = await member.GetAsync(new Uri(Templates, UriKind.Relative));
        using var memberSet = await member.PutAsJsonAsync($"{Templates}/Debt/en", new { subject = "x", body = "y" }, TestJson.Options);
        using var anonymous = fixture.CreateClient();
        using var noToken = await anonymous.GetAsync(new Uri(Templates, UriKind.Relative));
        using var notEnabled = await studioAdmin.GetAsync(new Uri(Templates, UriKind.Relative));
        var after = await admin.GetFromJsonAsync<JsonElement>(new Uri(Templates, UriKind.Relative));

        unknownVariable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(unknownVariable);
        problem.GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.InvalidTemplate);
        problem.ToString().ShouldContain("subject");
        badLiquid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(badLiquid)).GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.InvalidTemplate);
        unknownFilter.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(unknownFilter)).GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.InvalidTemplate);
        notOffered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(notOffered)).GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.UnsupportedLanguage);
        badTag.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(badTag)).GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.UnsupportedLanguage);
        unknownKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        deleteNotOffered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(deleteNotOffered)).GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.UnsupportedLanguage);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(empty)).GetProperty("errors").ToString().ShouldContain("subject");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        badPreview.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(badPreview)).GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.InvalidTemplate);
        memberList.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        memberSet.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        noToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        notEnabled.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemAsync(notEnabled)).GetProperty("code").GetString().ShouldBe(FeatureErrorCodes.NotEnabled);
        after.EnumerateArray().ShouldAllBe(t => !t.GetProperty("isOverridden").GetBoolean());
    }
}
