using FitSaaS.HttpApi.Host.Tests.OpenApi.Generated;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.OpenApi;

/// <summary>
/// The C# client NSwag generates from the committed <c>docs/openapi.json</c> (test/FitSaaS.OpenApiClientGenerator, run by
/// this project's build; the output is compiled in, so a document NSwag cannot turn into compiling C# breaks the build)
/// calls the real host: create, get and list, a 404 and a 409 answered as typed problems with their codes, and an anonymous
/// call answered 401.
/// </summary>
public sealed class GeneratedClientTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task LocationClient_CreatesGetsAndLists()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var http = await fixture.LoginAsync(tenant.Name, "admin");
        var client = new LocationClient(http);
        var name = "Generated " + Guid.NewGuid().ToString("N")[..8];

        var created = await client.CreateAsync(new CreateLocationDto { Name = name, TimeZoneId = "Europe/Berlin" }, TestContext.Current.CancellationToken);
        var read = await client.GetAsync(created.Id, TestContext.Current.CancellationToken);
        var page = await client.GetListAsync(name, null, 0, 10, TestContext.Current.CancellationToken);

        created.Name.ShouldBe(name);
        read.TimeZoneId.ShouldBe("Europe/Berlin");
        page.TotalCount.ShouldBe(1);
        page.Items.Single().Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task MissingEntity_IsATypedProblem_WithItsCode()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var http = await fixture.LoginAsync(tenant.Name, "admin");
        var client = new LocationClient(http);

        var problem = await Should.ThrowAsync<FitSaaSApiException<ProblemDetails>>(
            () => client.GetAsync(Guid.NewGuid(), TestContext.Current.CancellationToken));

        problem.StatusCode.ShouldBe(404);
        problem.Result.Code.ShouldBe("FitSaaS:EntityNotFound");
        problem.Result.Status.ShouldBe(404);
        problem.Result.TraceId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task MappedBusinessCode_IsAProblem_UnderItsMappedStatus()
    {
        using var http = await fixture.CreateHostAdminClientAsync();
        var client = new EditionClient(http);
        var name = "gen-" + Guid.NewGuid().ToString("N")[..8];
        await client.CreateAsync(new CreateEditionDto { Name = name, DisplayName = "Generated" }, TestContext.Current.CancellationToken);

        var problem = await Should.ThrowAsync<FitSaaSApiException<ProblemDetails>>(
            () => client.CreateAsync(new CreateEditionDto { Name = name, DisplayName = "Again" }, TestContext.Current.CancellationToken));

        problem.StatusCode.ShouldBe(409);
        problem.Result.Code.ShouldBe("Features:DuplicateEditionName");
    }

    [Fact]
    public async Task AnonymousCall_IsA401Problem()
    {
        using var http = fixture.CreateClient();
        var client = new LocationClient(http);

        var problem = await Should.ThrowAsync<FitSaaSApiException<ProblemDetails>>(
            () => client.GetListAsync(null, null, null, null, TestContext.Current.CancellationToken));

        problem.StatusCode.ShouldBe(401);
        problem.Result.Code.ShouldBe("Authorization:Unauthenticated");
    }
}
