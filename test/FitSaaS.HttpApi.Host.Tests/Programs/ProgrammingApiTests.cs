using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Framework.Application;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

/// <summary>The programming routes over HTTP: status codes and problem codes for bad input, never a 500.</summary>
public sealed class ProgrammingApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Workouts = "/api/programs/workouts";

    [Fact]
    public async Task CreateWorkout_BadInput_Returns400WithFieldErrors()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var noCap = await admin.PostAsJsonAsync(Workouts, new { title = "AMRAP", scoringType = "AmrapRoundsReps", sections = Array.Empty<object>() }, TestJson.Options, TestContext.Current.CancellationToken);
        using var capOnLoad = await admin.PostAsJsonAsync(Workouts, new { title = "Heavy", scoringType = "Load", timeCapSeconds = 60 }, TestJson.Options, TestContext.Current.CancellationToken);
        using var badKind = await admin.PostAsJsonAsync(Workouts, new { title = "Kinds", scoringType = "ForTime", sections = new[] { new { kind = "Nap" } } }, TestJson.Options, TestContext.Current.CancellationToken);
        using var negative = await admin.PostAsJsonAsync(Workouts, new
        {
            title = "Negative",
            scoringType = "Load",
            sections = new[] { new { kind = "Strength", movements = new[] { new { exerciseId = Guid.NewGuid(), rx = new { loadKg = -10 } } } } },
        }, TestJson.Options, TestContext.Current.CancellationToken);

        (await ShouldBeProblemAsync(noCap, HttpStatusCode.BadRequest, "FitSaaS:ValidationFailed")).ShouldContain("timeCapSeconds", Case.Insensitive);
        (await ShouldBeProblemAsync(capOnLoad, HttpStatusCode.BadRequest, "FitSaaS:ValidationFailed")).ShouldContain("timeCapSeconds", Case.Insensitive);
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ShouldBeProblemAsync(negative, HttpStatusCode.BadRequest, "FitSaaS:ValidationFailed")).ShouldContain("loadKg", Case.Insensitive);
    }

    [Fact]
    public async Task CreateWorkout_UnknownExercise_Returns400UnknownExercise_AndBenchmarkEdit422()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var unknown = await admin.PostAsJsonAsync(Workouts, new
        {
            title = "Ghost",
            scoringType = "ForTime",
            sections = new[] { new { kind = "Conditioning", movements = new[] { new { exerciseId = Guid.NewGuid(), rx = new { reps = 10 } } } } },
        }, TestJson.Options, TestContext.Current.CancellationToken);
        var benchmarks = await admin.GetFromJsonAsync<PagedResultDto<WorkoutDto>>($"{Workouts}?filter=grace&isBenchmark=true", TestJson.Options, TestContext.Current.CancellationToken);
        var grace = benchmarks!.Items.Single(w => w.Title == "Grace");
        using var edit = await admin.PutAsJsonAsync($"{Workouts}/{grace.Id}", new { title = "Our Grace", scoringType = "ForTime" }, TestJson.Options, TestContext.Current.CancellationToken);
        using var delete = await admin.DeleteAsync(new Uri($"{Workouts}/{grace.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(unknown, HttpStatusCode.BadRequest, ProgramsErrorCodes.UnknownExercise);
        await ShouldBeProblemAsync(edit, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.GlobalWorkoutReadOnly);
        await ShouldBeProblemAsync(delete, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.GlobalWorkoutReadOnly);
    }

    [Fact]
    public async Task Tracks_BadReferencesAndRanges_ReturnStableCodes()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var location = await admin.PostAsJsonAsync("/api/bookings/locations", new { name = "Uptown", timeZoneId = "America/New_York" }, TestJson.Options, TestContext.Current.CancellationToken);
        var locationId = (await location.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();

        using var noLocation = await admin.PostAsJsonAsync("/api/programs/tracks", new { name = "Nowhere", locationId = Guid.NewGuid() }, TestJson.Options, TestContext.Current.CancellationToken);
        using var created = await admin.PostAsJsonAsync("/api/programs/tracks", new { name = "Main", locationId }, TestJson.Options, TestContext.Current.CancellationToken);
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var track = (await created.Content.ReadFromJsonAsync<TrackDto>(TestJson.Options, TestContext.Current.CancellationToken))!;
        using var badWorkout = await admin.PostAsJsonAsync($"/api/programs/tracks/{track.Id}/publish", new { date = "2026-12-24", workoutId = Guid.NewGuid() }, TestJson.Options, TestContext.Current.CancellationToken);
        using var noDate = await admin.PostAsJsonAsync($"/api/programs/tracks/{track.Id}/publish", new { workoutId = Guid.NewGuid() }, TestJson.Options, TestContext.Current.CancellationToken);
        using var reversed = await admin.GetAsync(new Uri($"/api/programs/tracks/{track.Id}/days?from=2026-12-24&to=2026-12-01", UriKind.Relative), TestContext.Current.CancellationToken);
        using var unpublish = await admin.PostAsJsonAsync($"/api/programs/tracks/{track.Id}/unpublish", new { date = "2026-12-24" }, TestJson.Options, TestContext.Current.CancellationToken);
        using var noSession = await admin.GetAsync(new Uri($"/api/programs/class-sessions/{Guid.NewGuid()}/workout", UriKind.Relative), TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(noLocation, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.LocationNotFound);
        await ShouldBeProblemAsync(badWorkout, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.WorkoutNotFound);
        await ShouldBeProblemAsync(noDate, HttpStatusCode.BadRequest, "FitSaaS:ValidationFailed");
        await ShouldBeProblemAsync(reversed, HttpStatusCode.BadRequest, ProgramsErrorCodes.InvalidDateRange);
        await ShouldBeProblemAsync(unpublish, HttpStatusCode.NotFound, ProgramsErrorCodes.DayNotPublished);
        await ShouldBeProblemAsync(noSession, HttpStatusCode.NotFound, "FitSaaS:EntityNotFound");
    }

    [Fact]
    public async Task Templates_AndAssignments_BadInput_Returns400()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var dayOutside = await admin.PostAsJsonAsync("/api/programs/program-templates", new
        {
            name = "Short", weeks = 1, days = new[] { new { dayOffset = 7, workoutId = Guid.NewGuid() } },
        }, TestJson.Options, TestContext.Current.CancellationToken);
        using var unknownWorkout = await admin.PostAsJsonAsync("/api/programs/program-templates", new
        {
            name = "Ghost", weeks = 1, days = new[] { new { dayOffset = 0, workoutId = Guid.NewGuid() } },
        }, TestJson.Options, TestContext.Current.CancellationToken);
        using var both = await admin.PostAsJsonAsync("/api/programs/workout-assignments", new
        {
            memberId = Guid.NewGuid(), workoutId = Guid.NewGuid(), programTemplateId = Guid.NewGuid(), dates = new[] { "2026-12-24" },
        }, TestJson.Options, TestContext.Current.CancellationToken);
        using var unknownMember = await admin.PostAsJsonAsync("/api/programs/workout-assignments", new
        {
            memberId = Guid.NewGuid(), workoutId = Guid.NewGuid(), dates = new[] { "2026-12-24" },
        }, TestJson.Options, TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(dayOutside, HttpStatusCode.BadRequest, "FitSaaS:ValidationFailed");
        await ShouldBeProblemAsync(unknownWorkout, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.WorkoutNotFound);
        await ShouldBeProblemAsync(both, HttpStatusCode.BadRequest, "FitSaaS:ValidationFailed");
        await ShouldBeProblemAsync(unknownMember, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.MemberNotFound);
    }

    [Fact]
    public async Task Member_CannotManage_ButReadsTracksAndOwnAssignments()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "lifter");
        using var client = member;

        using var create = await client.PostAsJsonAsync(Workouts, new { title = "Mine", scoringType = "ForTime" }, TestJson.Options, TestContext.Current.CancellationToken);
        using var tracks = await client.GetAsync(new Uri("/api/programs/tracks", UriKind.Relative), TestContext.Current.CancellationToken);
        using var mine = await client.GetAsync(new Uri("/api/programs/workout-assignments/my-list?from=2026-12-01&to=2026-12-31", UriKind.Relative), TestContext.Current.CancellationToken);
        using var grid = await client.GetAsync(new Uri("/api/programs/workout-assignments/grid?from=2026-12-01&to=2026-12-31", UriKind.Relative), TestContext.Current.CancellationToken);

        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        tracks.StatusCode.ShouldBe(HttpStatusCode.OK);
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        grid.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<string> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(status, body);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("code").GetString().ShouldBe(code);
        return body;
    }
}
