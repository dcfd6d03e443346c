using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using FitSaaS.Messaging;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>Sets a test gym's offered notification languages (<see cref="MessagingSettingNames.Languages"/>) as a tenant setting.</summary>
internal static class MessagingTestLanguages
{
    public static async Task OfferAsync(FitSaaSApplicationFixture fixture, Guid tenantId, string languages)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId); // row-level security on PostgreSQL
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<SettingManager>().SetAsync(SettingScope.Tenant(tenantId), MessagingSettingNames.Languages, languages);
        await unitOfWork.CompleteAsync();
    }
}
