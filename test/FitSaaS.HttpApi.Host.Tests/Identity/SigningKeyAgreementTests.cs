using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

/// <summary>Instances starting at once on a database without keys agree on one key (own fixture: the table is emptied).</summary>
public sealed class SigningKeyAgreementTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task TwoInstances_OnAnEmptyKeyTable_CreateOneKeyAndBothUseIt()
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var host = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null);
            await host.Set<SigningKey>().ExecuteDeleteAsync();
        }

        using var first = ActivatorUtilities.CreateInstance<SigningKeyManager>(fixture.Services);
        using var second = ActivatorUtilities.CreateInstance<SigningKeyManager>(fixture.Services);
        var sets = await Task.WhenAll(Task.Run(() => first.LoadAsync()), Task.Run(() => second.LoadAsync()));

        sets[0].Signing.KeyId.ShouldBe(sets[1].Signing.KeyId);
        sets[0].Encryption[0].KeyId.ShouldBe(sets[1].Encryption[0].KeyId);
        await using var check = fixture.Services.CreateAsyncScope();
        var keys = await (await check.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null))
            .Set<SigningKey>().AsNoTracking().ToListAsync();
        keys.Count(k => k.Purpose == SigningKey.SigningPurpose).ShouldBe(1);
        keys.Count(k => k.Purpose == SigningKey.EncryptionPurpose).ShouldBe(1);
    }
}
