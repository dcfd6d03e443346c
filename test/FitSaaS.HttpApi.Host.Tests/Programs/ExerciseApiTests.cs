using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Framework.Application;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

public sealed class ExerciseApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Route = "/api/programs/exercises";

    [Fact]
    public async Task GetList_FilterAndMuscle_ReturnsCamelCasePageWithEnumStrings()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "squatter");
        using var client = member;

        using var response = await client.GetAsync(new Uri($"{Route}?filter=squat&muscle=quadriceps&maxResultCount=5", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;
        root.GetProperty("totalCount").GetInt64().ShouldBe(52);
        var items = root.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(5);
        foreach (var item in items)
        {
            item.GetProperty("name").GetString()!.ShouldContain("squat", Case.Insensitive);
            item.GetProperty("category").ValueKind.ShouldBe(JsonValueKind.String);
            item.GetProperty("primaryMuscles").EnumerateArray().Select(m => m.GetString()).ShouldContain(nameof(Muscle.Quadriceps));
            item.GetProperty("isCustom").GetBoolean().ShouldBeFalse();
        }
    }

    [Fact]
    public async Task GetList_UnknownMuscle_Returns400()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.GetAsync(new Uri($"{Route}?muscle=wings", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Create_TenantAdmin_OtherTenantCannotSeeOrTouchIt()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(tenantA.Name, "admin");
        using var adminB = await fixture.LoginAsync(tenantB.Name, "admin");

        using var created = await adminA.PostAsJsonAsync(Route, NewExercise("Yoke Walk Intervals"), TestJson.Options, TestContext.Current.CancellationToken);

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var exercise = (await created.Content.ReadFromJsonAsync<ExerciseDto>(TestJson.Options, TestContext.Current.CancellationToken))!;
        exercise.IsCustom.ShouldBeTrue();
        var listA = await adminA.GetFromJsonAsync<PagedResultDto<ExerciseDto>>($"{Route}?filter=yoke%20walk%20intervals", TestJson.Options, TestContext.Current.CancellationToken);
        listA!.Items.ShouldHaveSingleItem().Id.ShouldBe(exercise.Id);
        var listB = await adminB.GetFromJsonAsync<PagedResultDto<ExerciseDto>>($"{Route}?filter=yoke%20walk%20intervals", TestJson.Options, TestContext.Current.CancellationToken);
        listB!.TotalCount.ShouldBe(0);
        using var getB = await adminB.GetAsync(new Uri($"{Route}/{exercise.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
        await ShouldBeProblemAsync(getB, HttpStatusCode.NotFound, "FitSaaS:EntityNotFound");
        using var putB = await adminB.PutAsJsonAsync($"{Route}/{exercise.Id}", NewExercise("Hijacked"), TestJson.Options, TestContext.Current.CancellationToken);
        await ShouldBeProblemAsync(putB, HttpStatusCode.NotFound, "FitSaaS:EntityNotFound");
        using var deleteB = await adminB.DeleteAsync(new Uri($"{Route}/{exercise.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
        await ShouldBeProblemAsync(deleteB, HttpStatusCode.NotFound, "FitSaaS:EntityNotFound");
        var stillThere = await adminA.GetFromJsonAsync<ExerciseDto>($"{Route}/{exercise.Id}", TestJson.Options, TestContext.Current.CancellationToken);
        stillThere!.Name.ShouldBe("Yoke Walk Intervals");
    }

    [Fact]
    public async Task ForgedTenantHeader_OtherTenantsToken_Returns403WithoutData()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(tenantA.Name, "admin");
        using var adminB = await fixture.LoginAsync(tenantB.Name, "admin");
        using var created = await adminA.PostAsJsonAsync(Route, NewExercise("Atlas Stone Load"), TestJson.Options, TestContext.Current.CancellationToken);
        var exercise = (await created.Content.ReadFromJsonAsync<ExerciseDto>(TestJson.Options, TestContext.Current.CancellationToken))!;

        using var get = await SendAsync(adminB, HttpMethod.Get, $"{Route}/{exercise.Id}", tenantA.Name);
        using var list = await SendAsync(adminB, HttpMethod.Get, $"{Route}?onlyCustom=true", tenantA.Name);
        using var put = await SendAsync(adminB, HttpMethod.Put, $"{Route}/{exercise.Id}", tenantA.Name, NewExercise("Hijacked"));
        using var delete = await SendAsync(adminB, HttpMethod.Delete, $"{Route}/{exercise.Id}", tenantA.Name);

        foreach (var response in new[] { get, list, put, delete })
        {
            var body = await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, "TenantManagement:TenantMismatch");
            body.ShouldNotContain("Atlas Stone Load");
        }

        var stillThere = await adminA.GetFromJsonAsync<ExerciseDto>($"{Route}/{exercise.Id}", TestJson.Options, TestContext.Current.CancellationToken);
        stillThere!.Name.ShouldBe("Atlas Stone Load");
    }

    [Fact]
    public async Task UpdateAndDelete_GlobalExerciseAsTenantAdmin_Return422GlobalExerciseReadOnly()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var squat = (await admin.GetFromJsonAsync<PagedResultDto<ExerciseDto>>($"{Route}?filter=barbell%20squat&onlyCustom=false&maxResultCount=50", TestJson.Options, TestContext.Current.CancellationToken))!
            .Items.Single(e => e.SourceId == "Barbell_Squat");

        using var put = await admin.PutAsJsonAsync($"{Route}/{squat.Id}", NewExercise("My Squat"), TestJson.Options, TestContext.Current.CancellationToken);
        using var delete = await admin.DeleteAsync(new Uri($"{Route}/{squat.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(put, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.GlobalExerciseReadOnly);
        await ShouldBeProblemAsync(delete, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.GlobalExerciseReadOnly);
        var after = await admin.GetFromJsonAsync<ExerciseDto>($"{Route}/{squat.Id}", TestJson.Options, TestContext.Current.CancellationToken);
        after!.Name.ShouldBe("Barbell Squat");
    }

    [Fact]
    public async Task Create_DuplicateName_Returns422DuplicateExerciseName()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var first = await admin.PostAsJsonAsync(Route, NewExercise("Log Press Wave"), TestJson.Options, TestContext.Current.CancellationToken);

        using var second = await admin.PostAsJsonAsync(Route, NewExercise("log press WAVE"), TestJson.Options, TestContext.Current.CancellationToken);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeProblemAsync(second, HttpStatusCode.UnprocessableEntity, ProgramsErrorCodes.DuplicateExerciseName);
    }

    [Fact]
    public async Task Create_Member_Returns403Forbidden()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "lifter");
        using var client = member;

        using var response = await client.PostAsJsonAsync(Route, NewExercise("Member Move"), TestJson.Options, TestContext.Current.CancellationToken);

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, "Authorization:Forbidden");
    }

    [Fact]
    public async Task GetList_Anonymous_Returns401()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var client = fixture.CreateClient();

        using var withoutTenant = await client.GetAsync(new Uri(Route, UriKind.Relative), TestContext.Current.CancellationToken);
        using var withTenant = await SendAsync(client, HttpMethod.Get, Route, tenant.Name);

        withoutTenant.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withTenant.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withTenant.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("Barbell");
    }

    [Fact]
    public async Task Create_InvalidBody_Returns400WithFieldErrors()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.PostAsJsonAsync(Route, new { name = "", category = "Strength", level = "Beginner", primaryMuscles = Array.Empty<string>() }, TestJson.Options, TestContext.Current.CancellationToken);

        var body = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "FitSaaS:ValidationFailed");
        using var json = JsonDocument.Parse(body);
        var errors = json.RootElement.GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("primaryMuscles", out _).ShouldBeTrue();
    }

    private static CreateExerciseDto NewExercise(string name) => new()
    {
        Name = name,
        Category = ExerciseCategory.Strongman,
        Level = ExerciseLevel.Intermediate,
        Equipment = ExerciseEquipment.Other,
        PrimaryMuscles = [Muscle.Quadriceps, Muscle.LowerBack],
        SecondaryMuscles = [Muscle.Glutes],
        Instructions = ["Brace.", "Move."],
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string uri, string tenantHeader, object? body = null)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("__tenant", tenantHeader);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: TestJson.Options);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
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
