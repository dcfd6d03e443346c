#:project ../../src/framework/FitSaaS.Framework.AspNetCore/FitSaaS.Framework.AspNetCore.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515

// Server-side time of GET /api/application-configuration's body (ApplicationConfigurationBuilder)
// with 500 defined permissions and a user in 3 roles holding 300 of them, steady state (grant set
// cached, as after the first request). A new DI scope per iteration, as per request. Run:
//   dotnet run -c Release etc/bench/ApplicationConfigurationBenchmark.cs
using System.Diagnostics;
using System.Security.Claims;
using FitSaaS.Framework;
using FitSaaS.Framework.AspNetCore.ApplicationConfiguration;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

const int Iterations = 20_000;
var services = new ServiceCollection();
var modules = services.AddFitSaaSApplication<BenchModule>(new ConfigurationBuilder().Build());
services.AddScoped<ApplicationConfigurationBuilder>();
using var provider = services.BuildServiceProvider();
await modules.InitializeAsync(provider);
using var user = provider.GetRequiredService<ICurrentPrincipalAccessor>().Change(new ClaimsPrincipal(new ClaimsIdentity(
    [
        new Claim(FitSaaSClaimTypes.UserId, Guid.NewGuid().ToString()), new Claim(FitSaaSClaimTypes.UserName, "bench"),
        new Claim(FitSaaSClaimTypes.Role, "staff"), new Claim(FitSaaSClaimTypes.Role, "coach"), new Claim(FitSaaSClaimTypes.Role, "front-desk"),
    ], "bench")));

var samples = new double[Iterations];
for (var i = -2_000; i < Iterations; i++)
{
    var watch = Stopwatch.StartNew();
    await using (var scope = provider.CreateAsyncScope())
    {
        var config = await scope.ServiceProvider.GetRequiredService<ApplicationConfigurationBuilder>().BuildAsync();
        if (config.Auth.GrantedPolicies.Count != 300)
        {
            throw new InvalidOperationException($"Expected 300 granted, got {config.Auth.GrantedPolicies.Count}.");
        }
    }

    if (i >= 0)
    {
        samples[i] = watch.Elapsed.TotalMilliseconds;
    }
}

Array.Sort(samples);
Console.WriteLine($"application configuration, 500 permissions, 3 roles: median {samples[Iterations / 2] * 1000:F0} µs, p95 {samples[(int)(Iterations * 0.95)] * 1000:F0} µs, p99 {samples[(int)(Iterations * 0.99)] * 1000:F0} µs");

public sealed class BenchPermissions : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context)
    {
        for (var g = 0; g < 10; g++)
        {
            var group = context.AddGroup($"Bench.G{g}", $"Group {g}");
            for (var p = 0; p < 10; p++)
            {
                var parent = group.AddPermission($"Bench.G{g}.P{p}", "Parent");
                for (var c = 0; c < 4; c++)
                {
                    parent.AddChild($"Bench.G{g}.P{p}.C{c}", "Child");
                }
            }
        }
    }
}

public sealed class GrantSetStore : IPermissionGrantStore
{
    // 300 of the 500 definitions: every parent and its first two children (the real store serves a cached set the same way).
    private static readonly IReadOnlySet<string> s_granted = Enumerable.Range(0, 10)
        .SelectMany(g => Enumerable.Range(0, 10).SelectMany(p => new[] { $"Bench.G{g}.P{p}", $"Bench.G{g}.P{p}.C0", $"Bench.G{g}.P{p}.C1" }))
        .ToHashSet();

    public Task<IReadOnlySet<string>> GetGrantSetAsync(PermissionSubject subject, CancellationToken cancellationToken = default) => Task.FromResult(s_granted);
}

[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class BenchModule : FitSaaSModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddSingleton<IPermissionGrantStore, GrantSetStore>();
        context.Services.Configure<PermissionOptions>(o => o.DefinitionProviders.Add(typeof(BenchPermissions)));
    }
}
