using System.Net;
using System.Text;
using System.Text.Json;
using FitSaaS.FeatureManagement;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>Conversations over HTTP: a member–coach chat with unread counts, and problem codes for bad input (never a 500).</summary>
public sealed class ConversationApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Conversations = "/api/messaging/conversations";

    [Fact]
    public async Task MemberAndCoach_Chat_OverHttp_UnreadCountsMove()
    {
        var ct = TestContext.Current.CancellationToken;
        var (member, coach, _, coachId) = await NewGymAsync();
        using var _m = member;
        using var _c = coach;

        var conversation = await ReadAsync(await member.PostAsync(Conversations, Json($$"""{"recipientUserId":"{{coachId}}"}"""), ct), HttpStatusCode.OK);
        var id = conversation.GetProperty("id").GetString();
        var sent = await ReadAsync(await member.PostAsync($"{Conversations}/{id}/messages", Json("""{"text":"Can I scale the thrusters?"}"""), ct), HttpStatusCode.OK);
        sent.GetProperty("text").GetString().ShouldBe("Can I scale the thrusters?");

        var unread = await ReadAsync(await coach.GetAsync($"{Conversations}/unread-count", ct), HttpStatusCode.OK);
        unread.GetProperty("conversations").GetInt32().ShouldBe(1);
        unread.GetProperty("messages").GetInt32().ShouldBe(1);
        var list = await ReadAsync(await coach.GetAsync(Conversations, ct), HttpStatusCode.OK);
        list.GetProperty("items")[0].GetProperty("unreadCount").GetInt32().ShouldBe(1);
        var page = await ReadAsync(await coach.GetAsync($"{Conversations}/{id}/messages?maxResultCount=10", ct), HttpStatusCode.OK);
        page.GetProperty("items")[0].GetProperty("id").GetString().ShouldBe(sent.GetProperty("id").GetString());
        await ReadAsync(await coach.PostAsync($"{Conversations}/{id}/mark-read", Json("{}"), ct), HttpStatusCode.OK);
        (await ReadAsync(await coach.GetAsync($"{Conversations}/unread-count", ct), HttpStatusCode.OK)).GetProperty("conversations").GetInt32().ShouldBe(0);
        await ReadAsync(await coach.PostAsync($"{Conversations}/{id}/messages", Json("""{"text":"Yes, 15 kg."}"""), ct), HttpStatusCode.OK);
        (await ReadAsync(await member.GetAsync($"{Conversations}/unread-count", ct), HttpStatusCode.OK)).GetProperty("messages").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task BadInput_IsAProblemWithACode_Never500()
    {
        var ct = TestContext.Current.CancellationToken;
        var (member, coach, memberId, coachId) = await NewGymAsync();
        using var _m = member;
        using var _c = coach;
        var other = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var otherCoach = await fixture.CreateUserAsync(other.Name, "coach", IdentityConsts.StaffRole);
        var conversation = await ReadAsync(await member.PostAsync(Conversations, Json($$"""{"recipientUserId":"{{coachId}}"}"""), ct), HttpStatusCode.OK);
        var id = conversation.GetProperty("id").GetString();
        var messages = $"{Conversations}/{id}/messages";

        await ShouldBeProblemAsync(await member.PostAsync(messages, Json("""{"text":""}"""), ct), 400, MessagingErrorCodes.MessageEmpty);
        await ShouldBeProblemAsync(await member.PostAsync(messages, Json("""{"text":"   "}"""), ct), 400, MessagingErrorCodes.MessageEmpty);
        await ShouldBeProblemAsync(await member.PostAsync(messages, Json("{}"), ct), 400, MessagingErrorCodes.MessageEmpty);
        await ShouldBeProblemAsync(await member.PostAsync(messages, Json($$"""{"text":"{{new string('x', 1024 * 1024)}}"}"""), ct), 400, MessagingErrorCodes.MessageTooLong);
        await ShouldBeProblemAsync(await member.PostAsync(messages, Json("""{"text":12}"""), ct), 400, null);
        await ShouldBeProblemAsync(await member.PostAsync(messages, Json("not json"), ct), 400, null);
        await ShouldBeProblemAsync(await member.PostAsync(Conversations, Json($$"""{"recipientUserId":"{{Guid.NewGuid()}}"}"""), ct), 422, MessagingErrorCodes.RecipientNotFound);
        await ShouldBeProblemAsync(await member.PostAsync(Conversations, Json($$"""{"recipientUserId":"{{otherCoach}}"}"""), ct), 422, MessagingErrorCodes.RecipientNotFound);
        await ShouldBeProblemAsync(await member.PostAsync(Conversations, Json($$"""{"recipientUserId":"{{memberId}}"}"""), ct), 422, MessagingErrorCodes.CannotMessageSelf);
        await ShouldBeProblemAsync(await member.PostAsync(Conversations, Json("""{"recipientUserId":"nobody"}"""), ct), 400, null);
        await ShouldBeProblemAsync(await member.GetAsync($"{messages}?after=2026-12-07T10:00:00Z&before=2026-12-07T09:00:00Z", ct), 400, MessagingErrorCodes.InvalidMessageCursor);
        await ShouldBeProblemAsync(await member.GetAsync($"{messages}?maxResultCount=1000", ct), 400, null);
        await ShouldBeProblemAsync(await member.GetAsync($"{Conversations}/{Guid.NewGuid()}", ct), 404, null);
        await ShouldBeProblemAsync(await member.PostAsync($"{messages}/{Guid.NewGuid()}/hide", Json("{}"), ct), 403, null);
        await ShouldBeProblemAsync(await coach.PostAsync($"{messages}/{Guid.NewGuid()}/hide", Json("{}"), ct), 404, null);
        await ShouldBeProblemAsync(await coach.PostAsync($"{Conversations}/{id}/block", Json($$"""{"userId":"{{coachId}}"}"""), ct), 422, MessagingErrorCodes.CannotBlockUser);

        await ReadAsync(await coach.PostAsync($"{Conversations}/{id}/block", Json($$"""{"userId":"{{memberId}}"}"""), ct), HttpStatusCode.NoContent);
        await ShouldBeProblemAsync(await member.PostAsync(messages, Json("""{"text":"Let me in"}"""), ct), 403, MessagingErrorCodes.BlockedFromConversation);
    }

    [Fact]
    public async Task MessagingOff_RoutesAre403NotEnabled()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);

        await ShouldBeProblemAsync(await admin.GetAsync(Conversations, TestContext.Current.CancellationToken), 403, "Features:NotEnabled");
    }

    private async Task<(HttpClient Member, HttpClient Coach, Guid MemberId, Guid CoachId)> NewGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var memberId = await fixture.CreateUserAsync(tenant.Name, "member", IdentityConsts.MemberRole);
        var coachId = await fixture.CreateUserAsync(tenant.Name, "coach", IdentityConsts.StaffRole);
        return (await fixture.LoginAsync(tenant.Name, "member"), await fixture.LoginAsync(tenant.Name, "coach"), memberId, coachId);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(status, body);
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, int status, string? code)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            ((int)response.StatusCode).ShouldBe(status, body.Length > 500 ? body[..500] : body);
            using var json = JsonDocument.Parse(body);
            var actual = json.RootElement.GetProperty("code").GetString();
            actual.ShouldNotBeNullOrEmpty();
            if (code is not null)
            {
                actual.ShouldBe(code);
            }
        }
    }
}
