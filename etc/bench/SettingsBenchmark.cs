#:project ../../src/FitSaaS.Domain/FitSaaS.Domain.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007

// Measures ISettingProvider.GetAllAsync for a tenant's user with warm caches (the state of every
// request after the first): the five password-policy settings, resolved user → tenant → global →
// default with three cache reads. The repository is in memory; it is only hit on the first call. Run:
//   dotnet run -c Release etc/bench/SettingsBenchmark.cs
using System.Diagnostics;
using System.Security.Claims;
using FitSaaS;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

const int Iterations = 500_000;
var services = new ServiceCollection();
services.AddLogging();
var modules = services.AddFitSaaSApplication<FitSaaSDomainModule>(new ConfigurationBuilder().Build());
services.AddTransient<ISettingRepository, InMemorySettingRepository>();
using var provider = services.BuildServiceProvider();
await modules.InitializeAsync(provider);
var tenantId = Guid.NewGuid();
using var tenant = provider.GetRequiredService<ICurrentTenant>().Change(tenantId);
using var user = provider.GetRequiredService<ICurrentPrincipalAccessor>().Change(new ClaimsPrincipal(new ClaimsIdentity(
    [new Claim(FitSaaSClaimTypes.UserId, Guid.NewGuid().ToString()), new Claim(FitSaaSClaimTypes.TenantId, tenantId.ToString())], "bench")));

await using (var scope = provider.CreateAsyncScope())
{
    var settings = scope.ServiceProvider.GetRequiredService<ISettingProvider>();
    await MeasureAsync("GetAllAsync(5 password settings), one scope", () => settings.GetAllAsync(IdentitySettingNames.PasswordPolicy));
    await MeasureAsync("GetAsync<int>(1 setting), one scope", () => settings.GetAsync<int>(IdentitySettingNames.RequiredLength));
}

static async Task MeasureAsync<T>(string name, Func<Task<T>> call)
{
    for (var i = 0; i < 20_000; i++)
    {
        await call();
    }

    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < Iterations; i++)
    {
        await call();
    }

    watch.Stop();
    var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / Iterations;
    Console.WriteLine($"{name}: {watch.Elapsed.TotalNanoseconds / Iterations:F0} ns/call, {bytes} B/call");
}

sealed class InMemorySettingRepository : ISettingRepository
{
    public Task<List<Setting>> GetListAsync(SettingScope scope, CancellationToken cancellationToken = default) => Task.FromResult(new List<Setting>());

    public Task<Setting?> FindAsync(SettingScope scope, string name, CancellationToken cancellationToken = default) => Task.FromResult<Setting?>(null);

    public Task<Setting?> FindAsync(Guid id, CancellationToken cancellationToken = default) => Task.FromResult<Setting?>(null);

    public Task<Setting> GetAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Setting> InsertAsync(Setting entity, bool autoSave = false, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Setting> UpdateAsync(Setting entity, bool autoSave = false, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteAsync(Setting entity, bool autoSave = false, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
