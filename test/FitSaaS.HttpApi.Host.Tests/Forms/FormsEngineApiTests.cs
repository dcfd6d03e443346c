using System.Net;
using System.Text;
using System.Text.Json;
using FitSaaS.Forms;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Forms;

public sealed class FormsEngineApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Forms = "/api/forms/forms";
    private const string Submissions = "/api/forms/form-submissions";
    private const string Issued = "/api/forms/issued-forms";

    private const string FormBody = """
        {"name":"Health","purpose":"HealthQuestionnaire","issueOnMembershipActivation":true,"fields":[
          {"key":"heart","label":"Heart condition?","type":"YesNo","required":true},
          {"key":"weight","label":"Weight (kg)","type":"Number","min":30,"max":250,"decimals":1},
          {"key":"checkup","label":"Last check-up","type":"Date"},
          {"key":"level","label":"Level","type":"SingleChoice","required":true,"options":["Beginner","Advanced"]},
          {"key":"consent","label":"True answers","type":"ConsentCheckbox","required":true}]}
        """;

    private const string ValidAnswers = """
        {"key":"heart","flag":false},{"key":"weight","number":72.5},{"key":"checkup","date":"2026-06-01"},{"key":"level","choices":["Beginner"]},{"key":"consent","flag":true}
        """;

    public static TheoryData<string, string, int, string?, string?> BadAnswers => new()
    {
        { "text for a number", """{"key":"heart","flag":false},{"key":"weight","text":"seventy"},{"key":"level","choices":["Beginner"]},{"key":"consent","flag":true}""", 400, "FitSaaS:ValidationFailed", "answers.weight" },
        { "above the maximum", """{"key":"heart","flag":false},{"key":"weight","number":300},{"key":"level","choices":["Beginner"]},{"key":"consent","flag":true}""", 400, "FitSaaS:ValidationFailed", "answers.weight" },
        { "not an option", """{"key":"heart","flag":false},{"key":"level","choices":["Expert"]},{"key":"consent","flag":true}""", 400, "FitSaaS:ValidationFailed", "answers.level" },
        { "required missing", """{"key":"level","choices":["Beginner"]},{"key":"consent","flag":true}""", 400, "FitSaaS:ValidationFailed", "answers.heart" },
        { "consent unticked", """{"key":"heart","flag":false},{"key":"level","choices":["Beginner"]},{"key":"consent","flag":false}""", 400, "FitSaaS:ValidationFailed", "answers.consent" },
        { "unknown key", ValidAnswers.Trim() + """,{"key":"shoe","number":42}""", 400, "FitSaaS:ValidationFailed", "answers.shoe" },
        { "JSON string for a number", """{"key":"heart","flag":false},{"key":"weight","number":"heavy"},{"key":"level","choices":["Beginner"]},{"key":"consent","flag":true}""", 400, null, null },
        { "JSON number for a flag", """{"key":"heart","flag":1},{"key":"level","choices":["Beginner"]},{"key":"consent","flag":true}""", 400, null, null },
        { "not a date", """{"key":"heart","flag":false},{"key":"checkup","date":"yesterday"},{"key":"level","choices":["Beginner"]},{"key":"consent","flag":true}""", 400, null, null },
        { "null answer", """null""", 400, null, null },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Submit_BadAnswers_400WithFieldErrors_Never500(string label, string answers, int status, string? code, string? field)
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, admin, member, formId, versionId) = await PublishedFormAsync(ct);
        using var _a = admin;
        using var m = member;

        using var response = await m.PostAsync(Submissions, Json($$"""{"formId":"{{formId}}","formVersionId":"{{versionId}}","answers":[{{answers}}]}"""), ct);

        var problem = await ProblemAsync(response, status, code, label);
        if (field is not null)
        {
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"{label}: {problem}");
        }
    }

    [Fact]
    public async Task Walkthrough_PublishIssueFillReview_OverHttp()
    {
        var ct = TestContext.Current.CancellationToken;
        var (memberId, admin, member, formId, versionId) = await PublishedFormAsync(ct);
        using var _a = admin;
        using var m = member;

        var issued = await ReadAsync(await admin.PostAsync(Issued, Json($$"""{"formId":"{{formId}}","memberId":"{{memberId}}","dueDate":"2027-01-31"}"""), ct), HttpStatusCode.OK);
        var pending = await ReadAsync(await m.GetAsync(new Uri($"{Issued}/pending", UriKind.Relative), ct), HttpStatusCode.OK);
        pending.GetArrayLength().ShouldBe(1);
        pending[0].GetProperty("formVersionId").GetGuid().ShouldBe(versionId);
        var version = await ReadAsync(await m.GetAsync(new Uri($"{Forms}/versions/{versionId}", UriKind.Relative), ct), HttpStatusCode.OK);
        version.GetProperty("fields").GetArrayLength().ShouldBe(5);

        var submission = await ReadAsync(await m.PostAsync(Submissions, Json($$"""{"formId":"{{formId}}","formVersionId":"{{versionId}}","answers":[{{ValidAnswers}}]}"""), ct), HttpStatusCode.OK);
        var submissionId = submission.GetProperty("id").GetGuid();
        submission.GetProperty("status").GetString().ShouldBe("Submitted");
        (await ReadAsync(await m.GetAsync(new Uri($"{Issued}/pending", UriKind.Relative), ct), HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
        var completed = await ReadAsync(await admin.GetAsync(new Uri($"{Issued}/{issued.GetProperty("id").GetGuid()}", UriKind.Relative), ct), HttpStatusCode.OK);
        completed.GetProperty("status").GetString().ShouldBe("Completed");

        var approved = await ReadAsync(await admin.PostAsync($"{Submissions}/{submissionId}/approve", Json("""{"note":"Thanks"}"""), ct), HttpStatusCode.OK);
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        await ProblemAsync(await admin.PostAsync($"{Submissions}/{submissionId}/reject", Json("{}"), ct), 409, FormsErrorCodes.SubmissionAlreadyReviewed, "reviewed twice");
        await ProblemAsync(await m.PostAsync($"{Submissions}/{submissionId}/approve", Json("{}"), ct), 403, null, "member approves");
        await ProblemAsync(await admin.PostAsync($"{Forms}/{formId}/publish", null, ct), 409, FormsErrorCodes.NothingToPublish, "publish unchanged");
        await ProblemAsync(await m.PostAsync(Submissions, Json($$"""{"formId":"{{formId}}","formVersionId":"{{Guid.NewGuid()}}","answers":[{{ValidAnswers}}]}"""), ct),
            422, FormsErrorCodes.UnknownFormVersion, "unknown version");
        await ProblemAsync(await admin.PostAsync(Forms, Json("""{"name":"Bad","fields":[{"key":"a b","label":"A","type":"Text"},{"key":"n","label":"N","type":"Number","min":5,"max":1}]}"""), ct),
            400, "FitSaaS:ValidationFailed", "bad fields");
        await ProblemAsync(await admin.PostAsync(Forms, Json("""{"name":"Bad","fields":[{"key":"t","label":"T","type":"Hologram"}]}"""), ct), 400, null, "unknown type");
    }

    [Fact]
    public async Task FormsFeatureOff_EveryFormsEngineRouteIs403NotEnabled()
    {
        var ct = TestContext.Current.CancellationToken;
        var free = await fixture.CreateTenantAsync(editionName: "Free");
        using var admin = await fixture.LoginAsync(free.Name, IdentityConsts.AdminUserName);
        using var anonymous = fixture.CreateClient();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative), ct));
        var operations = new List<(string Method, string Path)>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith(Forms, StringComparison.Ordinal) || p.Name.StartsWith(Submissions, StringComparison.Ordinal) || p.Name.StartsWith(Issued, StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations.Add((operation.Name.ToUpperInvariant(), path.Name.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("{versionId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)));
            }
        }

        operations.Count.ShouldBeGreaterThanOrEqualTo(15);
        foreach (var (method, path) in operations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT")
            {
                // One body valid for every create/update input of the forms engine (unknown properties are ignored): validation
                // runs before the feature check, so an invalid body would answer 400 instead of the 403 under test.
                request.Content = Json($$"""{"name":"Closed","fields":[],"formId":"{{Guid.NewGuid()}}","formVersionId":"{{Guid.NewGuid()}}","memberId":"{{Guid.NewGuid()}}","answers":[]}""");
            }

            using var response = await admin.SendAsync(request, ct);
            var problem = await ProblemAsync(response, 403, FeatureErrorCodes.NotEnabled, $"{method} {path}");
            problem.GetProperty("data").GetProperty("feature").GetString().ShouldBe(FormsFeatures.Enabled);
        }
    }

    private async Task<(Guid MemberId, HttpClient Admin, HttpClient Member, Guid FormId, Guid VersionId)> PublishedFormAsync(CancellationToken ct)
    {
        var tenant = await fixture.CreateTenantAsync();
        var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, "filler");
        var form = await ReadAsync(await admin.PostAsync(Forms, Json(FormBody), ct), HttpStatusCode.OK);
        var formId = form.GetProperty("id").GetGuid();
        var version = await ReadAsync(await admin.PostAsync($"{Forms}/{formId}/publish", null, ct), HttpStatusCode.OK);
        version.GetProperty("number").GetInt32().ShouldBe(1);
        return (memberId, admin, member, formId, version.GetProperty("id").GetGuid());
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
            ((int)response.StatusCode).ShouldBe(status, $"{label}: {body}");
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
