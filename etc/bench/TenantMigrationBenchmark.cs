#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/FitSaaS.Application/FitSaaS.Application.csproj
#:project ../../src/FitSaaS.EntityFrameworkCore/FitSaaS.EntityFrameworkCore.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA2100;ASP0000

// Times the migrator (DbMigrationService) over N tenants that each have their own PostgreSQL database
// (create the database, apply every migration, seed roles, admin grants and the exercise-library copy),
// with several degrees of parallelism. Before each variant the tenant databases are dropped and the
// per-tenant status is cleared, so every variant does the full work. Run against a throw-away server:
//   FITSAAS_PG_DIR=/tmp/pg-bench FITSAAS_PG_PORT=55502 bash etc/scripts/postgres.sh start
//   dotnet run -c Release etc/bench/TenantMigrationBenchmark.cs -- "Host=127.0.0.1;Port=55502;Username=postgres;Password=postgres" 50 1,4,8
using System.Diagnostics;
using System.Globalization;
using FitSaaS;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Uow;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

var server = args.Length > 0 ? args[0] : "Host=127.0.0.1;Port=55502;Username=postgres;Password=postgres";
var tenantCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var degrees = (args.Length > 2 ? args[2] : "1,4,8").Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray();
const string Prefix = "fitsaas_bench_";

await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{Prefix}host\" WITH (FORCE)");
await ExecuteAsync(server, $"CREATE DATABASE \"{Prefix}host\"");
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "PostgreSql",
    ["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(server) { Database = $"{Prefix}host" }.ConnectionString,
    ["Identity:HostAdminPassword"] = "1q2w3E*bench",
}).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error));
var modules = services.AddFitSaaSApplication<BenchModule>(configuration);
await using var provider = services.BuildServiceProvider();
await modules.InitializeAsync(provider);
var migrator = provider.GetRequiredService<DbMigrationService>();
await migrator.MigrateAsync(new DbMigrationRunOptions());

await using (var scope = provider.CreateAsyncScope())
{
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    for (var i = 0; i < tenantCount; i++)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"{Prefix}t{i:D3}", MaxPoolSize = 20 }.ConnectionString;
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync($"bench-{i:D3}", connectionString);
        await scope.ServiceProvider.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true);
    }

    await unitOfWork.CompleteAsync();
}

Console.WriteLine($"{tenantCount} tenants with their own database; server {new NpgsqlConnectionStringBuilder(server).Host}:{new NpgsqlConnectionStringBuilder(server).Port}");
Console.WriteLine("| parallelism | total | per tenant (mean of tenant durations) | failed |");
Console.WriteLine("|---:|---:|---:|---:|");
foreach (var degree in degrees)
{
    for (var i = 0; i < tenantCount; i++)
    {
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{Prefix}t{i:D3}\" WITH (FORCE)");
    }

    await using (var scope = provider.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenant(null);
        await db.Set<TenantMigrationStatus>().ExecuteDeleteAsync();
    }

    NpgsqlConnection.ClearAllPools();
    var stopwatch = Stopwatch.StartNew();
    var results = await migrator.MigrateAsync(new DbMigrationRunOptions { Parallelism = degree });
    stopwatch.Stop();
    var own = results.Where(r => r.HasOwnDatabase).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {degree} | {stopwatch.Elapsed.TotalSeconds:0.0} s | {own.Average(r => r.Duration.TotalSeconds):0.00} s | {own.Count(r => r.State == TenantMigrationState.Failed)} |"));
}

for (var i = 0; i < tenantCount; i++)
{
    await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{Prefix}t{i:D3}\" WITH (FORCE)");
}

NpgsqlConnection.ClearAllPools();
await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{Prefix}host\" WITH (FORCE)");

static async Task ExecuteAsync(string server, string sql)
{
    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

[DependsOn(typeof(FitSaaSApplicationModule), typeof(FitSaaSEntityFrameworkCoreModule))]
sealed class BenchModule : FitSaaSModule;
