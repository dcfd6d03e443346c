using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

/// <summary>
/// The issue's walk-through over HTTP with real JSON: a coach builds a workout from the library, publishes it to tomorrow,
/// applies a 4-week template; members log Rx and scaled results, the leaderboard ranks them, a new best is a PR, a back-dated
/// better result moves the PR history, a body-weight goal shows progress; bad results are problems with stable codes.
/// </summary>
public sealed class ProgramsWalkthroughApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Walkthrough_CoachProgramsMembersLogLeaderboardRecordsAndGoal()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var coach = await fixture.LoginAsync(tenant.Name, "admin");
        var (annId, ann) = await fixture.RegisterMemberAsync(tenant.Name, "ann");
        var (benId, ben) = await fixture.RegisterMemberAsync(tenant.Name, "ben");
        var (caiId, cai) = await fixture.RegisterMemberAsync(tenant.Name, "cai");
        using var annClient = ann;
        using var benClient = ben;
        using var caiClient = cai;
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

        // The coach builds a workout from the library.
        var squat = await ExerciseIdAsync(coach, "Barbell Squat");
        var pullups = await ExerciseIdAsync(coach, "Pullups");
        var workout = await OkAsync(await coach.PostAsJsonAsync("/api/programs/workouts", new
        {
            title = "Squat & pull",
            description = "Squats then pull-ups for time.",
            scoringType = "ForTime",
            timeCapSeconds = 600,
            sections = new object[]
            {
                new { kind = "Strength", title = "Squat", movements = new[] { new { exerciseId = squat, rx = new { sets = 5, reps = 5, loadKg = 100 }, scaled = new { sets = 5, reps = 5, loadKg = 60 } } } },
                new { kind = "Conditioning", title = "For time", movements = new[] { new { exerciseId = pullups, rx = new { reps = 50 }, scaled = new { reps = 30 } } } },
            },
        }, TestJson.Options, Ct));
        var workoutId = workout.GetProperty("id").GetGuid();
        workout.GetProperty("hasScaledLevel").GetBoolean().ShouldBeTrue();

        // … publishes it to tomorrow on the main track (members see it from an hour ago).
        var location = await OkAsync(await coach.PostAsJsonAsync("/api/bookings/locations", new { name = "Downtown", timeZoneId = "America/New_York" }, TestJson.Options, Ct));
        var track = await OkAsync(await coach.PostAsJsonAsync("/api/programs/tracks", new { name = "Main class", locationId = location.GetProperty("id").GetGuid() }, TestJson.Options, Ct));
        var trackId = track.GetProperty("id").GetGuid();
        var day = await OkAsync(await coach.PostAsJsonAsync($"/api/programs/tracks/{trackId}/publish", new
        {
            date = tomorrow, workoutId, visibleFromUtc = DateTime.UtcNow.AddHours(-1),
        }, TestJson.Options, Ct));
        var dayId = day.GetProperty("id").GetGuid();
        day.GetProperty("publishedVersion").GetInt32().ShouldBe(1);

        // … and applies a 4-week template from tomorrow: tomorrow is taken (skipped), the other weeks are published.
        var template = await OkAsync(await coach.PostAsJsonAsync("/api/programs/program-templates", new
        {
            name = "4 weeks of squats",
            weeks = 4,
            days = Enumerable.Range(0, 4).Select(w => new { dayOffset = w * 7, workoutId }).ToArray(),
        }, TestJson.Options, Ct));
        var applied = await OkAsync(await coach.PostAsJsonAsync($"/api/programs/program-templates/{template.GetProperty("id").GetGuid()}/apply", new
        {
            trackId, startDate = tomorrow,
        }, TestJson.Options, Ct));
        var days = applied.GetProperty("days").EnumerateArray().ToList();
        days.Select(d => d.GetProperty("date").GetString()).ShouldBe(Enumerable.Range(0, 4).Select(w => Iso(tomorrow.AddDays(w * 7))));
        days.Select(d => d.GetProperty("status").GetString()).ShouldBe(["Skipped", "Published", "Published", "Published"]);
        var staffDays = await OkAsync(await coach.GetAsync(new Uri($"/api/programs/tracks/{trackId}/days?from={Iso(tomorrow)}&to={Iso(tomorrow.AddDays(27))}", UriKind.Relative), Ct));
        staffDays.GetArrayLength().ShouldBe(4);

        // Members log Rx and scaled results on tomorrow's workout.
        var now = DateTime.UtcNow;
        var annFirst = await OkAsync(await annClient.PostAsJsonAsync("/api/programs/results", new
        {
            publishedWorkoutId = dayId, division = "Rx", score = new { time = "5:00" }, performedAt = now.AddMinutes(-30), notes = "unbroken squats",
        }, TestJson.Options, Ct));
        var benResult = await OkAsync(await benClient.PostAsJsonAsync("/api/programs/results", new
        {
            publishedWorkoutId = dayId, division = "Rx", score = new { capped = true, reps = 40 }, performedAt = now.AddMinutes(-25),
        }, TestJson.Options, Ct));
        var caiResult = await OkAsync(await caiClient.PostAsJsonAsync("/api/programs/results", new
        {
            publishedWorkoutId = dayId, division = "Scaled", score = new { time = "3:30" }, performedAt = now.AddMinutes(-20),
        }, TestJson.Options, Ct));
        annFirst.GetProperty("isCurrentPersonalRecord").GetBoolean().ShouldBeTrue();
        annFirst.GetProperty("score").GetProperty("value").GetDecimal().ShouldBe(300m);
        benResult.GetProperty("score").GetProperty("display").GetString().ShouldBe("CAP + 40");
        benResult.GetProperty("isPersonalRecord").GetBoolean().ShouldBeFalse();
        caiResult.GetProperty("division").GetString().ShouldBe("Scaled");

        // The leaderboard ranks them: Rx finisher, Rx capped, then scaled.
        var boards = await OkAsync(await caiClient.GetAsync(new Uri($"/api/programs/leaderboards?trackId={trackId}&date={Iso(tomorrow)}", UriKind.Relative), Ct));
        var entries = boards.EnumerateArray().Single().GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("memberId").GetGuid()).ShouldBe([annId, benId, caiId]);
        entries.Select(e => e.GetProperty("rank").GetInt32()).ShouldBe([1, 2, 3]);
        entries.Select(e => e.GetProperty("division").GetString()).ShouldBe(["Rx", "Rx", "Scaled"]);
        var byPublished = await OkAsync(await annClient.GetAsync(new Uri($"/api/programs/leaderboards?publishedWorkoutId={dayId}&division=Scaled", UriKind.Relative), Ct));
        byPublished.EnumerateArray().Single().GetProperty("entries").EnumerateArray().Single().GetProperty("memberId").GetGuid().ShouldBe(caiId);

        // Ann's new best is flagged as a PR; a back-dated better result moves the PR history.
        var annBetter = await OkAsync(await annClient.PostAsJsonAsync("/api/programs/results", new
        {
            publishedWorkoutId = dayId, division = "Rx", score = new { time = "4:40" }, performedAt = now.AddMinutes(-10),
        }, TestJson.Options, Ct));
        annBetter.GetProperty("isPersonalRecord").GetBoolean().ShouldBeTrue();
        annBetter.GetProperty("isCurrentPersonalRecord").GetBoolean().ShouldBeTrue();
        var historyUri = new Uri($"/api/programs/personal-records/history?workoutId={workoutId}&scoringType=ForTime&division=Rx", UriKind.Relative);
        var before = await OkAsync(await annClient.GetAsync(historyUri, Ct));
        before.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([annFirst.GetProperty("id").GetGuid(), annBetter.GetProperty("id").GetGuid()]);
        var backDated = await OkAsync(await annClient.PostAsJsonAsync("/api/programs/results", new
        {
            workoutId, division = "Rx", score = new { time = "4:20" }, performedAt = now.AddDays(-3), notes = "last week, forgot to log",
        }, TestJson.Options, Ct));
        backDated.GetProperty("isCurrentPersonalRecord").GetBoolean().ShouldBeTrue();
        var after = await OkAsync(await annClient.GetAsync(historyUri, Ct));
        after.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([backDated.GetProperty("id").GetGuid()]);
        var annResults = await OkAsync(await annClient.GetAsync(new Uri("/api/programs/results", UriKind.Relative), Ct));
        annResults.GetProperty("items").EnumerateArray().Count(r => r.GetProperty("isPersonalRecord").GetBoolean()).ShouldBe(1);
        var records = await OkAsync(await annClient.GetAsync(new Uri("/api/programs/personal-records", UriKind.Relative), Ct));
        records.EnumerateArray().Single().GetProperty("score").GetProperty("value").GetDecimal().ShouldBe(260m);

        // A body-weight goal shows progress.
        const string bodyWeight = "0b0d7000-0000-4000-8000-000000000001";
        await OkAsync(await annClient.PostAsJsonAsync("/api/programs/body-metrics/entries", new { metricId = bodyWeight, value = 90, measuredAt = now.AddDays(-7) }, TestJson.Options, Ct));
        var goal = await OkAsync(await annClient.PostAsJsonAsync("/api/programs/goals", new
        {
            kind = "BodyMetric", metricId = bodyWeight, targetValue = 80, dueDate = tomorrow.AddDays(90), title = "Summer",
        }, TestJson.Options, Ct));
        goal.GetProperty("direction").GetString().ShouldBe("Decrease");
        await OkAsync(await annClient.PostAsJsonAsync("/api/programs/body-metrics/entries", new { metricId = bodyWeight, value = 187.39, unit = "Pound", measuredAt = now.AddMinutes(-1) }, TestJson.Options, Ct));
        var progress = await OkAsync(await annClient.GetAsync(new Uri($"/api/programs/goals/{goal.GetProperty("id").GetGuid()}", UriKind.Relative), Ct));
        progress.GetProperty("startValue").GetDecimal().ShouldBe(90m);
        progress.GetProperty("currentValue").GetDecimal().ShouldBeInRange(84.99m, 85.01m);
        progress.GetProperty("percentComplete").GetDecimal().ShouldBe(50m);
        progress.GetProperty("isAchieved").GetBoolean().ShouldBeFalse();
        progress.GetProperty("status").GetString().ShouldBe("Active");
    }

    [Fact]
    public async Task PostResult_BadInputForARealWorkout_IsAProblemWithAStableCodeNever500()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var coach = await fixture.LoginAsync(tenant.Name, "admin");
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "sloppy");
        using var client = member;
        var squat = await ExerciseIdAsync(coach, "Barbell Squat");
        var workout = await OkAsync(await coach.PostAsJsonAsync("/api/programs/workouts", new
        {
            title = "Capped", scoringType = "ForTime", timeCapSeconds = 600,
            sections = new[] { new { kind = "Conditioning", movements = new[] { new { exerciseId = squat, rx = new { reps = 100 } } } } },
        }, TestJson.Options, Ct));
        var workoutId = workout.GetProperty("id").GetGuid();
        var location = await OkAsync(await coach.PostAsJsonAsync("/api/bookings/locations", new { name = "Uptown", timeZoneId = "America/New_York" }, TestJson.Options, Ct));
        var trackId = (await OkAsync(await coach.PostAsJsonAsync("/api/programs/tracks", new { name = "Main", locationId = location.GetProperty("id").GetGuid() }, TestJson.Options, Ct))).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var visible = (await OkAsync(await coach.PostAsJsonAsync($"/api/programs/tracks/{trackId}/publish", new { date = today, workoutId, visibleFromUtc = DateTime.UtcNow.AddHours(-2) }, TestJson.Options, Ct))).GetProperty("id").GetGuid();
        var later = (await OkAsync(await coach.PostAsJsonAsync($"/api/programs/tracks/{trackId}/publish", new { date = today.AddDays(10), workoutId }, TestJson.Options, Ct))).GetProperty("id").GetGuid();
        var performedAt = DateTime.UtcNow.AddMinutes(-5);

        await ProblemAsync(client, new { publishedWorkoutId = visible, score = new { rounds = 5, reps = 3 }, performedAt }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidScore);
        await ProblemAsync(client, new { publishedWorkoutId = visible, score = new { value = 5, unit = "Kilograms" }, performedAt }, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidScore);
        await ProblemAsync(client, new { publishedWorkoutId = visible, score = new { value = -30 }, performedAt }, HttpStatusCode.BadRequest, ProgramsErrorCodes.NegativeScore);
        await ProblemAsync(client, new { exerciseId = squat, repMax = 1, score = new { value = -100 }, performedAt }, HttpStatusCode.BadRequest, ProgramsErrorCodes.NegativeScore);
        await ProblemAsync(client, new { publishedWorkoutId = visible, score = new { time = "10:01" }, performedAt }, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.ScoreAboveTimeCap);
        await ProblemAsync(client, new { publishedWorkoutId = visible, division = "Scaled", score = new { time = "4:00" }, performedAt }, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.ScaledNotAvailable);
        await ProblemAsync(client, new { publishedWorkoutId = later, score = new { time = "4:00" }, performedAt }, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.WorkoutNotPublished);
        await ProblemAsync(client, new { publishedWorkoutId = Guid.NewGuid(), score = new { time = "4:00" }, performedAt }, HttpStatusCode.NotFound, "FitSaaS:EntityNotFound");
        using var unpublish = await coach.PostAsJsonAsync($"/api/programs/tracks/{trackId}/unpublish", new { date = today }, TestJson.Options, Ct);
        unpublish.IsSuccessStatusCode.ShouldBeTrue(await unpublish.Content.ReadAsStringAsync(Ct));
        await ProblemAsync(client, new { publishedWorkoutId = visible, score = new { time = "4:00" }, performedAt }, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.WorkoutNotPublished);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<Guid> ExerciseIdAsync(HttpClient client, string name)
    {
        var page = await OkAsync(await client.GetAsync(new Uri($"/api/programs/exercises?filter={Uri.EscapeDataString(name)}&maxResultCount=100", UriKind.Relative), Ct));
        return page.GetProperty("items").EnumerateArray().First(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            using var json = JsonDocument.Parse(body);
            return json.RootElement.Clone();
        }
    }

    private static async Task ProblemAsync(HttpClient client, object body, HttpStatusCode status, string code)
    {
        using var response = await client.PostAsJsonAsync("/api/programs/results", body, TestJson.Options, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(status, text);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("code").GetString().ShouldBe(code, text);
    }
}
