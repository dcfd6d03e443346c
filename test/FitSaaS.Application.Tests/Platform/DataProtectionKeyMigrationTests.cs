using System.Xml.Linq;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Platform;

/// <summary>
/// The Data Protection key ring moves from our own table to Microsoft.AspNetCore.DataProtection.EntityFrameworkCore's:
/// on a database created before the change, values protected with the old keys stay readable after the migration.
/// </summary>
public sealed class DataProtectionKeyMigrationTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    /// <summary>The last migration before OpenIddict and the EF Core key store.</summary>
    private const string BeforeTheChange = "20261122082449_EventBus";

    [Fact]
    public async Task KeysOfADatabaseCreatedBeforeTheChange_StillUnprotectAfterTheMigration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = fixture.CreateScope();
        var factory = ContextFactory(scope.ServiceProvider, database);

        // A database as the previous version left it: our own key table (Guid ids) holding the key ring.
        var oldRing = new MemoryXmlRepository();
        var protectedValue = OldProtector(oldRing).Protect("smtp-password-123");
        await using (var before = factory())
        {
            await before.GetService<IMigrator>().MigrateAsync(BeforeTheChange);
            foreach (var element in oldRing.GetAllElements())
            {
                var xml = element.ToString(SaveOptions.DisableFormatting);
                var friendlyName = $"key-{element.Attribute("id")!.Value}";
                await before.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"DataProtectionKeys\" (\"Id\", \"FriendlyName\", \"Xml\") VALUES ({Guid.NewGuid()}, {friendlyName}, {xml})");
            }
        }

        await using (var after = factory())
        {
            await after.GetService<IMigrator>().MigrateAsync();
        }

        // The new stack: PersistKeysToDbContext over the migrated table.
        var services = new ServiceCollection().AddLogging();
        services.AddScoped(_ => factory());
        if (database.Provider == "Sqlite")
        {
            services.AddScoped(sp => (SqliteFitSaaSDbContext)sp.GetRequiredService<FitSaaSDbContext>());
            services.AddDataProtection().SetApplicationName("FitSaaS").PersistKeysToDbContext<SqliteFitSaaSDbContext>();
        }
        else
        {
            services.AddScoped(sp => (PostgreSqlFitSaaSDbContext)sp.GetRequiredService<FitSaaSDbContext>());
            services.AddDataProtection().SetApplicationName("FitSaaS").PersistKeysToDbContext<PostgreSqlFitSaaSDbContext>();
        }

        await using var provider = services.BuildServiceProvider();
        var unprotected = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("FitSaaS.Settings").Unprotect(protectedValue);

        unprotected.ShouldBe("smtp-password-123");
        await using var check = factory();
        (await check.DataProtectionKeys.CountAsync()).ShouldBe(oldRing.GetAllElements().Count);
    }

    private static IDataProtector OldProtector(IXmlRepository ring)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDataProtection().SetApplicationName("FitSaaS");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = ring);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("FitSaaS.Settings");
    }

    private static Func<FitSaaSDbContext> ContextFactory(IServiceProvider services, TestDatabase database)
    {
        if (database.Provider == "Sqlite")
        {
            var options = FitSaaSEntityFrameworkCoreModule.UseSqlite(new DbContextOptionsBuilder<SqliteFitSaaSDbContext>(), database.ConnectionString).Options;
            return () => ActivatorUtilities.CreateInstance<SqliteFitSaaSDbContext>(services, (DbContextOptions<SqliteFitSaaSDbContext>)options);
        }

        var pg = FitSaaSEntityFrameworkCoreModule.UsePostgreSql(new DbContextOptionsBuilder<PostgreSqlFitSaaSDbContext>(), database.ConnectionString).Options;
        return () => ActivatorUtilities.CreateInstance<PostgreSqlFitSaaSDbContext>(services, (DbContextOptions<PostgreSqlFitSaaSDbContext>)pg);
    }

    private sealed class MemoryXmlRepository : IXmlRepository
    {
        private readonly List<XElement> _elements = [];

        public IReadOnlyCollection<XElement> GetAllElements() => _elements.ToList();

        public void StoreElement(XElement element, string friendlyName) => _elements.Add(element);
    }
}
