using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

/// <summary>The real host with the optional Programs module left out of the module graph (<c>Modules:Exclude</c> = <c>Programs</c>).</summary>
public sealed class WithoutProgramsWebFixture : FitSaaSWebFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("Modules:Exclude:0", "Programs")];
}

/// <summary>
/// Issue 13 §2: a module removed from the root is gone from the product. Without Programs the host starts, Programs has no
/// route in the OpenAPI document or the API definition, no service, seed contributor, feature or permission in DI, and the
/// other modules keep working.
/// </summary>
public sealed class ModuleExclusionTests(WithoutProgramsWebFixture fixture) : IClassFixture<WithoutProgramsWebFixture>
{
    [Fact]
    public void ModuleGraph_HasNoProgramsModule_InAnyLayer()
    {
        var modules = fixture.Services.GetRequiredService<ModuleContainer>();

        modules.Modules.Select(m => m.Type.Namespace).ShouldNotContain(ns => ns!.EndsWith(".Programs", StringComparison.Ordinal));
        // The modules the loaded ones name; Programs' lower layers are reached only through these, so they are not even visited.
        modules.ExcludedModuleTypes.Select(t => t.Name).ShouldBe(
            ["ProgramsApplicationModule", "ProgramsDomainModule", "ProgramsEntityFrameworkCoreModule"], ignoreOrder: true);
        modules.Modules.Select(m => m.Type.Name).ShouldContain("BookingsApplicationModule");
    }

    [Fact]
    public void ExcludingAModuleOthersRequire_IsRefusedAtStartUp_NamingTheModulesThatRequireIt()
    {
        // What Program.cs does first: the module graph is loaded before any service is registered.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Modules:Exclude:0", "Identity")]).Build();

        var ex = Should.Throw<InvalidOperationException>(() => new ServiceCollection().AddFitSaaSApplication<FitSaaSHttpApiHostModule>(configuration));

        ex.Message.ShouldContain("FitSaaS.Identity.IdentityDomainModule cannot be excluded:");
        ex.Message.ShouldContain("FitSaaS.AuditLogging.AuditLoggingDomainModule");
        ex.Message.ShouldContain("FitSaaS.Bookings.BookingsApplicationModule");
    }

    [Fact]
    public async Task OpenApiDocument_AndApiDefinition_HaveNoProgramsRoute()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.CreateClient();

        var swagger = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative), ct));
        var paths = swagger.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldNotContain(p => p.StartsWith("/api/programs", StringComparison.Ordinal));
        paths.ShouldContain("/api/bookings/locations");

        var definition = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/api-definition", UriKind.Relative), ct));
        var modules = definition.RootElement.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        modules.ShouldNotContain("programs");
        modules.ShouldContain("bookings");
        definition.RootElement.GetRawText().ShouldNotContain("/api/programs");
    }

    [Fact]
    public async Task ProgramsRoute_IsNotFound()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.GetAsync(new Uri("/api/programs/exercises", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DependencyInjection_HasNoProgramsService_SeedContributor_FeatureOrPermission()
    {
        fixture.Services.GetService<IExerciseAppService>().ShouldBeNull();
        fixture.Services.GetService<ExerciseAppService>().ShouldBeNull();
        await using var scope = fixture.Services.CreateAsyncScope();
        scope.ServiceProvider.GetService<IExerciseRepository>().ShouldBeNull();
        scope.ServiceProvider.GetServices<IDataSeedContributor>().Select(c => c.GetType().Namespace)
            .ShouldNotContain(ns => ns!.EndsWith(".Programs", StringComparison.Ordinal));
        var features = fixture.Services.GetRequiredService<IOptions<FeatureOptions>>().Value.DefinitionProviders;
        features.ShouldNotContain(typeof(ProgramsFeatureDefinitionProvider));
        features.ShouldContain(typeof(BookingsFeatureDefinitionProvider));
        fixture.Services.GetRequiredService<IOptions<Framework.Authorization.PermissionOptions>>().Value.DefinitionProviders
            .ShouldNotContain(typeof(ProgramsPermissionDefinitionProvider));
        fixture.Services.GetRequiredService<IOptions<EditionDefaultsOptions>>().Value.For(EditionNames.Pro)
            .Keys.ShouldNotContain(ProgramsFeatures.Enabled);
    }

    [Fact]
    public async Task Bookings_StillWork()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var created = await admin.PostAsJsonAsync("/api/bookings/locations", new { name = "Riverside", timeZoneId = "Europe/Berlin" }, TestJson.Options, ct);
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync(ct));
        using var list = await admin.GetAsync(new Uri("/api/bookings/locations", UriKind.Relative), ct);
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await list.Content.ReadAsStringAsync(ct)).ShouldContain("Riverside");
    }
}
