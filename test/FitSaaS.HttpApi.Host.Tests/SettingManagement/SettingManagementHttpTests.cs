using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Bookings;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.SettingManagement;

public sealed class SettingManagementHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Route = "/api/setting-management/settings";

    [Fact]
    public async Task PutTenant_AsTenantAdmin_MembersSeeTheResolvedValue()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "reader");
        using var memberClient = member;

        using var put = await admin.PutAsJsonAsync($"{Route}/tenant", Body(BookingsSettingNames.CancellationCutoffMinutes, "45"), TestJson.Options);
        var values = await memberClient.GetFromJsonAsync<List<SettingValueDto>>(Route, TestJson.Options);

        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        var level = (await put.Content.ReadFromJsonAsync<List<SettingDto>>(TestJson.Options))!;
        level.Single(s => s.Name == BookingsSettingNames.CancellationCutoffMinutes).Value.ShouldBe("45");
        values!.Single(v => v.Name == BookingsSettingNames.CancellationCutoffMinutes).Value.ShouldBe("45");
    }

    [Fact]
    public async Task PutTenant_AsMember_Is403AndAnonymousIs401()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "nosy");
        using var memberClient = member;
        using var anonymous = fixture.CreateClient();

        using var asMember = await memberClient.PutAsJsonAsync($"{Route}/tenant", Body(BookingsSettingNames.CancellationCutoffMinutes, "0"), TestJson.Options);
        using var asAnonymous = await anonymous.GetAsync(Route);

        asMember.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        asAnonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PutTenant_UnknownSetting_Is422WithStableCode()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.PutAsJsonAsync($"{Route}/tenant", Body("No.Such.Setting", "1"), TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(SettingManagementErrorCodes.UnknownSetting);
    }

    [Fact]
    public async Task GetTenant_OtherTenantsAdmin_SeesOnlyItsOwnValues()
    {
        var gymA = await fixture.CreateTenantAsync();
        var gymB = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(gymA.Name, "admin");
        using var adminB = await fixture.LoginAsync(gymB.Name, "admin");
        using var put = await adminA.PutAsJsonAsync($"{Route}/tenant", Body(BookingsSettingNames.DefaultTimeZone, "Europe/Madrid"), TestJson.Options);
        put.EnsureSuccessStatusCode();

        var seenByB = await adminB.GetFromJsonAsync<List<SettingDto>>($"{Route}/tenant", TestJson.Options);

        seenByB!.Single(s => s.Name == BookingsSettingNames.DefaultTimeZone).HasValue.ShouldBeFalse();
    }

    [Fact]
    public async Task PutGlobal_AsHostAdmin_AppliesToTenantsWithoutTheirOwnValue()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var host = await fixture.CreateHostAdminClientAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var put = await host.PutAsJsonAsync($"{Route}/global", Body(IdentitySettingNames.RequiredLength, "8"), TestJson.Options);
        using var tenantPut = await admin.PutAsJsonAsync($"{Route}/global", Body(IdentitySettingNames.RequiredLength, "1"), TestJson.Options);
        var values = await admin.GetFromJsonAsync<List<SettingValueDto>>(Route, TestJson.Options);
        using var reset = await host.PutAsJsonAsync($"{Route}/global", Body(IdentitySettingNames.RequiredLength, null), TestJson.Options);

        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        tenantPut.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        values!.Single(v => v.Name == IdentitySettingNames.RequiredLength).Value.ShouldBe("8");
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Register_TenantRequiresTwelveCharacters_TenCharacterPasswordIs400OnPassword()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var put = await admin.PutAsJsonAsync($"{Route}/tenant", Body(IdentitySettingNames.RequiredLength, "12"), TestJson.Options);
        put.EnsureSuccessStatusCode();

        using var shortPassword = await RegisterAsync(tenant.Name, "shorty", "Aa1!Aa1!Aa");
        using var longPassword = await RegisterAsync(tenant.Name, "longy", "Aa1!Aa1!Aa1!");

        shortPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await shortPassword.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
        longPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PutUser_OwnTimeZoneAndOverlongValue_SetsOnlyOwnValueAndRejects400()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, alice) = await fixture.RegisterMemberAsync(tenant.Name, "alice");
        var (_, bob) = await fixture.RegisterMemberAsync(tenant.Name, "bob");
        using var aliceClient = alice;
        using var bobClient = bob;

        using var put = await aliceClient.PutAsJsonAsync($"{Route}/user", Body(BookingsSettingNames.DefaultTimeZone, "Asia/Tokyo"), TestJson.Options);
        using var tooLong = await aliceClient.PutAsJsonAsync($"{Route}/user", Body(BookingsSettingNames.DefaultTimeZone, new string('x', SettingConsts.MaxValueLength + 1)), TestJson.Options);
        var aliceValues = await aliceClient.GetFromJsonAsync<List<SettingValueDto>>(Route, TestJson.Options);
        var bobValues = await bobClient.GetFromJsonAsync<List<SettingValueDto>>(Route, TestJson.Options);

        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        aliceValues!.Single(v => v.Name == BookingsSettingNames.DefaultTimeZone).Value.ShouldBe("Asia/Tokyo");
        bobValues!.Single(v => v.Name == BookingsSettingNames.DefaultTimeZone).Value.ShouldBe("UTC");
    }

    private static UpdateSettingsDto Body(string name, string? value) =>
        new() { Settings = [new UpdateSettingValueDto { Name = name, Value = value }] };

    private async Task<HttpResponseMessage> RegisterAsync(string tenantName, string userName, string password)
    {
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/register")
        {
            Content = JsonContent.Create(new { userName, email = $"{userName}@example.test", password }, options: TestJson.Options),
        };
        request.Headers.Add("__tenant", tenantName);
        return await client.SendAsync(request);
    }
}
