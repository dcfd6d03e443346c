using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

public sealed class BodyMetricAndGoalApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Definitions = "/api/programs/body-metrics/definitions";
    private const string Entries = "/api/programs/body-metrics/entries";
    private const string Goals = "/api/programs/goals";
    private static readonly string s_weight = BuiltInBodyMetrics.BodyWeight.Id.ToString();

    public static TheoryData<string, string, int, string?> BadEntries => new()
    {
        { "unknown metric", $$"""{"metricId":"{{Guid.NewGuid()}}","value":80}""", 422, ProgramsErrorCodes.UnknownBodyMetric },
        { "inches for a mass", $$"""{"metricId":"{{s_weight}}","value":80,"unit":"Inch"}""", 400, ProgramsErrorCodes.UnitNotOfMetricKind },
        { "negative", $$"""{"metricId":"{{s_weight}}","value":-80}""", 400, ProgramsErrorCodes.BodyMetricValueOutOfRange },
        { "above the bound", $$"""{"metricId":"{{s_weight}}","value":2000,"unit":"Pound"}""", 400, ProgramsErrorCodes.BodyMetricValueOutOfRange },
        { "four decimals", $$"""{"metricId":"{{s_weight}}","value":80.1234}""", 400, ProgramsErrorCodes.BodyMetricValueOutOfRange },
        { "future", $$"""{"metricId":"{{s_weight}}","value":80,"measuredAt":"2999-01-01T00:00:00Z"}""", 400, ProgramsErrorCodes.MeasuredInFuture },
        { "no value", $$"""{"metricId":"{{s_weight}}"}""", 400, null },
        { "no metric", """{"value":80}""", 400, null },
        { "value not a number", $$"""{"metricId":"{{s_weight}}","value":"heavy"}""", 400, null },
        { "value beyond decimal", $$"""{"metricId":"{{s_weight}}","value":1e40}""", 400, null },
        { "unknown unit", $$"""{"metricId":"{{s_weight}}","value":80,"unit":"Stone"}""", 400, null },
        { "notes too long", $$"""{"metricId":"{{s_weight}}","value":80,"notes":"{{new string('x', 1001)}}"}""", 400, null },
    };

    public static TheoryData<string, string, int, string?> BadGoals => new()
    {
        { "no kind", $$"""{"metricId":"{{s_weight}}","targetValue":80,"dueDate":"2999-01-01"}""", 400, null },
        { "bad date", $$"""{"kind":"BodyMetric","metricId":"{{s_weight}}","targetValue":80,"dueDate":"soon"}""", 400, null },
        { "due in the past", $$"""{"kind":"BodyMetric","metricId":"{{s_weight}}","targetValue":80,"direction":"Decrease","dueDate":"2000-01-01"}""", 400, ProgramsErrorCodes.GoalDueDateInPast },
        { "no direction", $$"""{"kind":"BodyMetric","metricId":"{{s_weight}}","targetValue":80,"dueDate":"2999-01-01"}""", 400, ProgramsErrorCodes.GoalDirectionRequired },
        { "unknown metric", $$"""{"kind":"BodyMetric","metricId":"{{Guid.NewGuid()}}","targetValue":80,"dueDate":"2999-01-01"}""", 422, ProgramsErrorCodes.UnknownBodyMetric },
        { "percent for a mass", $$"""{"kind":"BodyMetric","metricId":"{{s_weight}}","targetValue":80,"targetUnit":"Percent","dueDate":"2999-01-01"}""", 400, ProgramsErrorCodes.UnitNotOfMetricKind },
        { "negative target", $$"""{"kind":"BodyMetric","metricId":"{{s_weight}}","targetValue":-1,"direction":"Decrease","dueDate":"2999-01-01"}""", 400, ProgramsErrorCodes.BodyMetricValueOutOfRange },
        { "workout and exercise", $$"""{"kind":"PersonalRecord","workoutId":"{{Guid.NewGuid()}}","exerciseId":"{{Guid.NewGuid()}}","repMax":1,"targetValue":100,"dueDate":"2999-01-01"}""", 400, null },
        { "unknown exercise", $$"""{"kind":"PersonalRecord","exerciseId":"{{Guid.NewGuid()}}","repMax":1,"targetValue":100,"dueDate":"2999-01-01"}""", 400, ProgramsErrorCodes.InvalidGoalReference },
        { "rep max 0", $$"""{"kind":"PersonalRecord","exerciseId":"{{Guid.NewGuid()}}","repMax":0,"targetValue":100,"dueDate":"2999-01-01"}""", 400, null },
        { "unknown division", $$"""{"kind":"PersonalRecord","exerciseId":"{{Guid.NewGuid()}}","repMax":1,"division":"Elite","targetValue":100,"dueDate":"2999-01-01"}""", 400, null },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task PostEntry_BadInput_IsAProblemWithACode_Never500(string label, string body, int status, string? code)
    {
        var (_, member) = await NewMemberAsync();
        using var client = member;

        using var response = await client.PostAsync(Entries, Json(body), TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(response, status, code, label);
    }

    [Theory]
    [MemberData(nameof(BadGoals))]
    public async Task PostGoal_BadInput_IsAProblemWithACode_Never500(string label, string body, int status, string? code)
    {
        var (_, member) = await NewMemberAsync();
        using var client = member;

        using var response = await client.PostAsync(Goals, Json(body), TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(response, status, code, label);
    }

    [Fact]
    public async Task Definitions_MemberCannotDefine_AdminGetsCodesForBadDefinitions()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "definer");
        using var memberClient = member;
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var ct = TestContext.Current.CancellationToken;

        using var forbidden = await memberClient.PostAsync(Definitions, Json("""{"name":"Mine","unitKind":"Percent"}"""), ct);
        using var reversed = await admin.PostAsync(Definitions, Json("""{"name":"Grip","unitKind":"Mass","minValue":50,"maxValue":10}"""), ct);
        using var noLabel = await admin.PostAsync(Definitions, Json("""{"name":"Jumps","unitKind":"Count"}"""), ct);
        using var badKind = await admin.PostAsync(Definitions, Json("""{"name":"Jumps","unitKind":"Volume"}"""), ct);
        using var builtInName = await admin.PostAsync(Definitions, Json("""{"name":"Waist","unitKind":"Length"}"""), ct);
        using var builtInDelete = await admin.DeleteAsync(new Uri($"{Definitions}/{s_weight}", UriKind.Relative), ct);

        await ShouldBeProblemAsync(forbidden, 403, "Authorization:Forbidden", "member defines");
        await ShouldBeProblemAsync(reversed, 400, ProgramsErrorCodes.InvalidBodyMetricDefinition, "reversed bounds");
        await ShouldBeProblemAsync(noLabel, 400, ProgramsErrorCodes.InvalidBodyMetricDefinition, "count without label");
        await ShouldBeProblemAsync(badKind, 400, null, "unknown kind");
        await ShouldBeProblemAsync(builtInName, 409, ProgramsErrorCodes.DuplicateBodyMetricName, "built-in name");
        await ShouldBeProblemAsync(builtInDelete, 422, ProgramsErrorCodes.BuiltInBodyMetricReadOnly, "built-in delete");
    }

    [Fact]
    public async Task BodyWeightGoal_OverHttp_ShowsProgressAndAbandonsOnce()
    {
        var (_, member) = await NewMemberAsync();
        using var client = member;
        var ct = TestContext.Current.CancellationToken;
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        using var first = await client.PostAsync(Entries, Json($$"""{"metricId":"{{s_weight}}","value":198.4,"unit":"Pound","measuredAt":"{{yesterday}}"}"""), ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(ct));
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        using var created = await client.PostAsync(Goals, Json($$"""{"kind":"BodyMetric","metricId":"{{s_weight}}","targetValue":80,"dueDate":"{{due}}","title":"Summer"}"""), ct);
        var goal = await ReadAsync(created, HttpStatusCode.OK);
        using var second = await client.PostAsync(Entries, Json($$"""{"metricId":"{{s_weight}}","value":85}"""), ct);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);

        var id = goal.GetProperty("id").GetGuid();
        var progress = await ReadAsync(await client.GetAsync(new Uri($"{Goals}/{id}", UriKind.Relative), ct), HttpStatusCode.OK);
        using var abandoned = await client.PostAsync($"{Goals}/{id}/abandon", null, ct);
        using var again = await client.PostAsync($"{Goals}/{id}/abandon", null, ct);
        var latest = await ReadAsync(await client.GetAsync(new Uri($"{Entries}/latest", UriKind.Relative), ct), HttpStatusCode.OK);

        goal.GetProperty("direction").GetString().ShouldBe("Decrease");
        goal.GetProperty("startValue").GetDecimal().ShouldBe(89.99272620800m);
        goal.GetProperty("status").GetString().ShouldBe("Active");
        progress.GetProperty("currentValue").GetDecimal().ShouldBe(85m);
        progress.GetProperty("percentComplete").GetDecimal().ShouldBe(50m);
        progress.GetProperty("dueDate").GetString().ShouldBe(due);
        (await ReadAsync(abandoned, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Abandoned");
        await ShouldBeProblemAsync(again, 409, ProgramsErrorCodes.GoalAbandoned, "abandon twice");
        latest.GetArrayLength().ShouldBe(1);
        latest[0].GetProperty("value").GetDecimal().ShouldBe(85m);
    }

    [Fact]
    public async Task Entries_MemberBCannotReadMemberAs_StaffCan()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (memberAId, memberA) = await fixture.RegisterMemberAsync(tenant.Name, "alice");
        var (_, memberB) = await fixture.RegisterMemberAsync(tenant.Name, "bob");
        using var a = memberA;
        using var b = memberB;
        await fixture.CreateUserAsync(tenant.Name, "coach", FitSaaS.Identity.IdentityConsts.StaffRole);
        using var coach = await fixture.LoginAsync(tenant.Name, "coach");
        var ct = TestContext.Current.CancellationToken;
        var entry = await ReadAsync(await a.PostAsync(Entries, Json($$"""{"metricId":"{{s_weight}}","value":64.5}"""), ct), HttpStatusCode.OK);
        var id = entry.GetProperty("id").GetGuid();

        using var bGet = await b.GetAsync(new Uri($"{Entries}/{id}", UriKind.Relative), ct);
        using var bList = await b.GetAsync(new Uri($"{Entries}?memberId={memberAId}", UriKind.Relative), ct);
        using var bDelete = await b.DeleteAsync(new Uri($"{Entries}/{id}", UriKind.Relative), ct);
        var coachList = await ReadAsync(await coach.GetAsync(new Uri($"{Entries}?memberId={memberAId}", UriKind.Relative), ct), HttpStatusCode.OK);

        await ShouldBeProblemAsync(bGet, 404, "FitSaaS:EntityNotFound", "other member's entry");
        await ShouldBeProblemAsync(bList, 403, "Authorization:Forbidden", "other member's list");
        await ShouldBeProblemAsync(bDelete, 404, "FitSaaS:EntityNotFound", "delete other member's entry");
        coachList.GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    private async Task<(Guid Id, HttpClient Client)> NewMemberAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        return await fixture.RegisterMemberAsync(tenant.Name, "measurer");
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

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, int status, string? code, string label)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(status, $"{label}: {body}");
        using var json = JsonDocument.Parse(body);
        var actual = json.RootElement.GetProperty("code").GetString();
        actual.ShouldNotBeNullOrEmpty(label);
        if (code is not null)
        {
            actual.ShouldBe(code, label);
        }
    }
}
