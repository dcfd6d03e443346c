using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Framework.Application;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

public sealed class WorkoutResultApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Route = "/api/programs/results";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_Lift_LogsAPersonalRecordReadBackThroughTheRecordRoutes()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "lifter");
        using var client = member;
        var squat = await SquatIdAsync(client);

        using var response = await client.PostAsJsonAsync(Route, new
        {
            exerciseId = squat,
            repMax = 5,
            score = new { value = 225, unit = "Pounds" },
            performedAt = DateTime.UtcNow.AddDays(-1),
            notes = "belt",
        }, TestJson.Options, Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        root.GetProperty("scoringType").GetString().ShouldBe("Load");
        root.GetProperty("division").GetString().ShouldBe("Rx");
        root.GetProperty("score").GetProperty("value").GetDecimal().ShouldBe(102.05828325m);
        root.GetProperty("score").GetProperty("displayUnit").GetString().ShouldBe("Pounds");
        root.GetProperty("score").GetProperty("display").GetString().ShouldBe("225 lb");
        root.GetProperty("isCurrentPersonalRecord").GetBoolean().ShouldBeTrue();
        var id = root.GetProperty("id").GetGuid();

        var records = await client.GetFromJsonAsync<List<WorkoutResultDto>>("/api/programs/personal-records", TestJson.Options, Ct);
        records.ShouldNotBeNull().ShouldHaveSingleItem().Id.ShouldBe(id);
        var history = await client.GetFromJsonAsync<List<WorkoutResultDto>>($"/api/programs/personal-records/history?exerciseId={squat}&repMax=5&division=Rx", TestJson.Options, Ct);
        history.ShouldNotBeNull().ShouldHaveSingleItem().Id.ShouldBe(id);
        var page = await client.GetFromJsonAsync<PagedResultDto<WorkoutResultDto>>(Route, TestJson.Options, Ct);
        page.ShouldNotBeNull().TotalCount.ShouldBe(1);
        using var deleted = await client.DeleteAsync(new Uri($"{Route}/{id}", UriKind.Relative), Ct);
        deleted.IsSuccessStatusCode.ShouldBeTrue();
        (await client.GetFromJsonAsync<List<WorkoutResultDto>>("/api/programs/personal-records", TestJson.Options, Ct)).ShouldNotBeNull().ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_BadInput_IsAProblemWithAStableCodeNever500()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "sloppy");
        using var client = member;
        var squat = await SquatIdAsync(client);
        var yesterday = DateTime.UtcNow.AddDays(-1);

        await ShouldBeProblemAsync(client, new { exerciseId = squat, repMax = 1, score = new { value = -20 }, performedAt = yesterday }, HttpStatusCode.BadRequest, ProgramsErrorCodes.NegativeScore);
        await ShouldBeProblemAsync(client, new { exerciseId = squat, repMax = 1, score = new { time = "3:10" }, performedAt = yesterday }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidScore);
        await ShouldBeProblemAsync(client, new { exerciseId = squat, repMax = 1, score = new { value = 5, unit = "Miles" }, performedAt = yesterday }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidScore);
        await ShouldBeProblemAsync(client, new { exerciseId = squat, repMax = 1, score = new { capped = true, reps = 5 }, performedAt = yesterday }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidScore);
        await ShouldBeProblemAsync(client, new { exerciseId = squat, repMax = 1, score = new { value = 100 }, performedAt = DateTime.UtcNow.AddDays(3) }, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.PerformedAtInFuture);
        await ShouldBeProblemAsync(client, new { workoutId = Guid.NewGuid(), score = new { value = 100 }, performedAt = yesterday }, HttpStatusCode.NotFound, "FitSaaS:EntityNotFound");

        await ShouldBeProblemAsync(client, new { exerciseId = squat, score = new { value = 100 }, performedAt = yesterday }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidResultTarget);
        await ShouldBeProblemAsync(client, new { exerciseId = squat, repMax = 1, workoutId = Guid.NewGuid(), score = new { value = 100 }, performedAt = yesterday }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidResultTarget);
        await ShouldBeProblemAsync(client, new { exerciseId = squat, repMax = 1, performedAt = yesterday }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidScore);
        await ShouldBeProblemAsync(client, new { exerciseId = squat, repMax = 1, score = new { value = 100 } }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidResultTarget);
        var badUnit = await PostAsync(client, new { exerciseId = squat, repMax = 1, score = new { value = 100, unit = "Parsecs" }, performedAt = yesterday });
        badUnit.Status.ShouldBe(HttpStatusCode.BadRequest);
        var badRepMax = await PostAsync(client, new { exerciseId = squat, repMax = 50, score = new { value = 100 }, performedAt = yesterday });
        badRepMax.Status.ShouldBe(HttpStatusCode.BadRequest);
        var unknownExercise = await PostAsync(client, new { exerciseId = Guid.NewGuid(), repMax = 1, score = new { value = 100 }, performedAt = yesterday });
        unknownExercise.Status.ShouldBe(HttpStatusCode.NotFound);
        using var noTarget = await client.GetAsync(new Uri("/api/programs/leaderboards", UriKind.Relative), Ct);
        noTarget.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var noKey = await client.GetAsync(new Uri("/api/programs/personal-records/history", UriKind.Relative), Ct);
        noKey.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_AnotherMembersResult_IsNotFoundAndTheirRecordsForbidden()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, owner) = await fixture.RegisterMemberAsync(tenant.Name, "owner");
        var (_, nosy) = await fixture.RegisterMemberAsync(tenant.Name, "nosy");
        using var ownerClient = owner;
        using var nosyClient = nosy;
        var squat = await SquatIdAsync(ownerClient);
        var created = await PostAsync(ownerClient, new { exerciseId = squat, repMax = 1, score = new { value = 100 }, performedAt = DateTime.UtcNow.AddHours(-1) });
        created.Status.ShouldBe(HttpStatusCode.OK);
        var id = created.Json.GetProperty("id").GetGuid();
        var ownerId = created.Json.GetProperty("memberId").GetGuid();

        using var get = await nosyClient.GetAsync(new Uri($"{Route}/{id}", UriKind.Relative), Ct);
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var records = await nosyClient.GetAsync(new Uri($"/api/programs/personal-records?memberId={ownerId}", UriKind.Relative), Ct);
        records.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<Guid> SquatIdAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<PagedResultDto<ExerciseDto>>("/api/programs/exercises?filter=barbell%20squat&maxResultCount=100", TestJson.Options, Ct);
        return page!.Items.First(e => e.Name == "Barbell Squat").Id;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync(Route, body, TestJson.Options, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, text);
        using var json = JsonDocument.Parse(text);
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static async Task ShouldBeProblemAsync(HttpClient client, object body, HttpStatusCode status, string code)
    {
        var (actualStatus, json) = await PostAsync(client, body);
        actualStatus.ShouldBe(status, json.ToString());
        json.GetProperty("code").GetString().ShouldBe(code, json.ToString());
    }
}
