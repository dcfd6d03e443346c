using System.Net;
using System.Text;
using System.Text.Json;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

public sealed class AnnouncementsApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Announcements = "/api/messaging/announcements";
    private const string Mine = "/api/messaging/my-announcements";

    public static TheoryData<string, string, int, string?> BadCreates => new()
    {
        { "empty title", """{"title":"","body":"Hi","audienceKind":"All"}""", 400, "FitSaaS:ValidationFailed" },
        { "blank title", """{"title":"   ","body":"Hi","audienceKind":"All"}""", 400, "FitSaaS:ValidationFailed" },
        { "title too long", $$"""{"title":"{{new string('t', AnnouncementConsts.MaxTitleLength + 1)}}","body":"Hi","audienceKind":"All"}""", 400, "FitSaaS:ValidationFailed" },
        { "1 MB body", $$"""{"title":"Big","body":"{{new string('b', 1024 * 1024)}}","audienceKind":"All"}""", 400, "FitSaaS:ValidationFailed" },
        { "no audience", """{"title":"T","body":"Hi"}""", 400, "FitSaaS:ValidationFailed" },
        { "unknown audience kind", """{"title":"T","body":"Hi","audienceKind":"Everyone"}""", 400, null },
        { "location without id", """{"title":"T","body":"Hi","audienceKind":"Location"}""", 400, "FitSaaS:ValidationFailed" },
        { "all with an id", $$"""{"title":"T","body":"Hi","audienceKind":"All","audienceReferenceId":"{{Guid.NewGuid()}}"}""", 400, "FitSaaS:ValidationFailed" },
        { "unknown location", $$"""{"title":"T","body":"Hi","audienceKind":"Location","audienceReferenceId":"{{Guid.NewGuid()}}"}""", 422, MessagingErrorCodes.AudienceReferenceNotFound },
        { "unknown class type", $$"""{"title":"T","body":"Hi","audienceKind":"ClassType","audienceReferenceId":"{{Guid.NewGuid()}}"}""", 422, MessagingErrorCodes.AudienceReferenceNotFound },
        { "unknown plan", $$"""{"title":"T","body":"Hi","audienceKind":"Plan","audienceReferenceId":"{{Guid.NewGuid()}}"}""", 422, MessagingErrorCodes.AudienceReferenceNotFound },
        { "not JSON", "{", 400, null },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task Create_BadInput_ClearProblem_Never500(string label, string body, int status, string? code)
    {
        var ct = TestContext.Current.CancellationToken;
        var (admin, _, _, _) = await GymAsync(ct);
        using var _a = admin;

        await ProblemAsync(await admin.PostAsync(Announcements, Json(body), ct), status, code, label);
    }

    [Fact]
    public async Task Schedule_InThePast_Or_Missing_ClearProblems()
    {
        var ct = TestContext.Current.CancellationToken;
        var (admin, _, _, _) = await GymAsync(ct);
        using var _a = admin;
        var id = (await ReadAsync(await admin.PostAsync(Announcements, Json("""{"title":"T","body":"Hi","audienceKind":"All"}"""), ct), HttpStatusCode.OK)).GetProperty("id").GetGuid();

        await ProblemAsync(await admin.PostAsync($"{Announcements}/{id}/schedule", Json($$"""{"scheduledAtUtc":"{{DateTime.UtcNow.AddHours(-1):O}}"}"""), ct), 422, MessagingErrorCodes.AnnouncementScheduleInPast, "past");
        await ProblemAsync(await admin.PostAsync($"{Announcements}/{id}/schedule", Json("{}"), ct), 400, "FitSaaS:ValidationFailed", "missing");
        await ProblemAsync(await admin.PostAsync($"{Announcements}/{id}/schedule", Json("""{"scheduledAtUtc":"tomorrow"}"""), ct), 400, null, "not a date");
        await ProblemAsync(await admin.PostAsync($"{Announcements}/{Guid.NewGuid()}/publish", null, ct), 404, null, "unknown id");
    }

    [Fact]
    public async Task Walkthrough_PublishNow_MemberReadsIt_StaffSeeTheReceipt_MemberCannotPublish()
    {
        var ct = TestContext.Current.CancellationToken;
        var (admin, member, memberId, tenantId) = await GymAsync(ct);
        using var _a = admin;
        using var _m = member;
        var id = (await ReadAsync(await admin.PostAsync(Announcements, Json("""{"title":"Closed Monday","body":"The gym is closed on Monday.","audienceKind":"All"}"""), ct), HttpStatusCode.OK)).GetProperty("id").GetGuid();

        await ProblemAsync(await member.PostAsync($"{Announcements}/{id}/publish", null, ct), 403, null, "member publishes");
        var published = await ReadAsync(await admin.PostAsync($"{Announcements}/{id}/publish", null, ct), HttpStatusCode.OK);
        published.GetProperty("status").GetString().ShouldBe("Delivering");
        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await ActivatorUtilities.CreateInstance<AnnouncementDeliveryJob>(fixture.Services).ExecuteAsync(new AnnouncementDeliveryArgs { AnnouncementId = id }, ct);
        }

        var mine = await ReadAsync(await member.GetAsync(new Uri(Mine, UriKind.Relative), ct), HttpStatusCode.OK);
        mine.GetProperty("totalCount").GetInt32().ShouldBe(1);
        mine.GetProperty("items")[0].GetProperty("isRead").GetBoolean().ShouldBeFalse();
        (await ReadAsync(await member.PostAsync($"{Mine}/{id}/read", null, ct), HttpStatusCode.OK)).GetProperty("isRead").GetBoolean().ShouldBeTrue();
        using (var marked = await member.PostAsync($"{Mine}/{id}/mark-read", null, ct))
        {
            ((int)marked.StatusCode).ShouldBeLessThan(300);
        }

        var counts = await ReadAsync(await admin.GetAsync(new Uri($"{Announcements}/{id}", UriKind.Relative), ct), HttpStatusCode.OK);
        counts.GetProperty("status").GetString().ShouldBe("Delivered");
        counts.GetProperty("recipientCount").GetInt32().ShouldBe(1);
        counts.GetProperty("readCount").GetInt32().ShouldBe(1);
        var receipts = await ReadAsync(await admin.GetAsync(new Uri($"{Announcements}/{id}/receipts?read=true", UriKind.Relative), ct), HttpStatusCode.OK);
        receipts.GetProperty("items")[0].GetProperty("userId").GetGuid().ShouldBe(memberId);
        await ProblemAsync(await member.PostAsync($"{Mine}/{Guid.NewGuid()}/read", null, ct), 404, null, "not mine");
    }

    private async Task<(HttpClient Admin, HttpClient Member, Guid MemberId, Guid TenantId)> GymAsync(CancellationToken ct)
    {
        _ = ct;
        var tenant = await fixture.CreateTenantAsync();
        var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, "reader");
        return (admin, member, memberId, tenant.Id);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(status, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status, string? code, string label)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            ((int)response.StatusCode).ShouldBe(status, $"{label}: {body[..Math.Min(body.Length, 2000)]}");
            var json = JsonDocument.Parse(body).RootElement.Clone();
            var actual = json.GetProperty("code").GetString();
            actual.ShouldNotBeNullOrEmpty(label);
            if (code is not null)
            {
                actual.ShouldBe(code, label);
            }

            return json;
        }
    }
}
