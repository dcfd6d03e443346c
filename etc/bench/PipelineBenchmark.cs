#:project ../../src/framework/FitSaaS.Framework/FitSaaS.Framework.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515

// Measures what the application-service pipeline (DispatchProxy + authorization + validation + unit
// of work) adds to a call, against a direct call of the same method. No database: the unit of work
// has no IUnitOfWorkDatabase, so this isolates the kit's own overhead. Run:
//   dotnet run -c Release etc/bench/PipelineBenchmark.cs
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Security.Claims;
using FitSaaS.Framework;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

const int Iterations = 500_000;
var services = new ServiceCollection();
var modules = services.AddFitSaaSApplication<BenchModule>(new ConfigurationBuilder().Build());
using var provider = services.BuildServiceProvider();
await modules.InitializeAsync(provider);
using var user = provider.GetRequiredService<ICurrentPrincipalAccessor>().Change(new ClaimsPrincipal(new ClaimsIdentity(
    [new Claim(FitSaaSClaimTypes.UserId, Guid.NewGuid().ToString()), new Claim(FitSaaSClaimTypes.Role, "staff")], "bench")));
var input = new PingInput { Name = "squat", Reps = 5 };

var direct = new PingAppService();
await MeasureAsync("direct call", _ => direct.PingAsync(input));

await using (var scope = provider.CreateAsyncScope())
{
    var proxied = scope.ServiceProvider.GetRequiredService<IPingAppService>();
    await MeasureAsync("pipeline, one scope (grants loaded once)", _ => proxied.PingAsync(input));
}

await MeasureAsync("pipeline, new scope per call (as per HTTP request)", async _ =>
{
    await using var scope = provider.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<IPingAppService>().PingAsync(input);
});

foreach (var only in new[] { "none", "AuthorizationInterceptor", "ValidationInterceptor", "UnitOfWorkInterceptor" })
{
    var partial = new ServiceCollection();
    var partialModules = partial.AddFitSaaSApplication<BenchModule>(new ConfigurationBuilder().Build());
    partial.PostConfigure<ApplicationServicePipelineOptions>(o =>
    {
        foreach (var type in o.Interceptors.Where(t => t.Name != only).ToList())
        {
            o.Interceptors.Remove(type);
        }
    });
    await using var partialProvider = partial.BuildServiceProvider();
    using var partialUser = partialProvider.GetRequiredService<ICurrentPrincipalAccessor>().Change(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(FitSaaSClaimTypes.UserId, Guid.NewGuid().ToString()), new Claim(FitSaaSClaimTypes.Role, "staff")], "bench")));
    await using var scope = partialProvider.CreateAsyncScope();
    var proxied = scope.ServiceProvider.GetRequiredService<IPingAppService>();
    await MeasureAsync($"proxy with interceptor: {only}", _ => proxied.PingAsync(input));
}

static async Task MeasureAsync(string name, Func<int, Task<int>> call)
{
    for (var i = 0; i < 20_000; i++)
    {
        await call(i);
    }

    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < Iterations; i++)
    {
        await call(i);
    }

    watch.Stop();
    var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)Iterations;
    Console.WriteLine($"{name,-52} {watch.Elapsed.TotalNanoseconds / Iterations,10:F0} ns/call {bytes,8:F0} B/call");
}

public interface IPingAppService : IApplicationService
{
    Task<int> PingAsync(PingInput input);
}

public sealed class PingInput
{
    [Required]
    [StringLength(64)]
    public string? Name { get; init; }

    [Range(1, 100)]
    public int Reps { get; init; }
}

[Authorize("Bench.Ping")]
public sealed class PingAppService : ApplicationService, IPingAppService
{
    public Task<int> PingAsync(PingInput input) => Task.FromResult(input.Reps + 1);
}

public sealed class BenchPermissions : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context) =>
        context.AddGroup("Bench", "Bench").AddPermission("Bench.Ping", "Ping");
}

public sealed class StaticGrantStore : IPermissionGrantStore
{
    public Task<IReadOnlySet<string>> GetGrantSetAsync(PermissionSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "Bench.Ping" });
}

[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class BenchModule : FitSaaSModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddSingleton<IPermissionGrantStore, StaticGrantStore>();
        context.Services.Configure<PermissionOptions>(o => o.DefinitionProviders.Add(typeof(BenchPermissions)));
    }
}
