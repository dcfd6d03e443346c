using FitSaaS.BackgroundJobs;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.BackgroundJobs;

/// <summary>
/// The failed-jobs application service on its own (the scheduler that records failures is covered by
/// <see cref="BackgroundJobTests"/>): listing and the host-only permission — in-process and through the proxies.
/// </summary>
public abstract class BackgroundJobFailureAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BackgroundJobFailureAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BackgroundJobFailureAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task GetListAsync_AsHostAdmin_ListsTheRecordedFailure()
    {
        var tenant = await fixture.CreateTenantAsync();
        var jobName = $"Tests.Parity.{Guid.NewGuid():N}";
        var failedAt = new DateTime(2026, 4, 2, 9, 15, 30, 250, DateTimeKind.Utc);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobFailureStore>()
                .RecordAsync(new BackgroundJobFailureInfo(jobName, tenant.Id, "{ marker }", "System.InvalidOperationException: boom", 4, failedAt));
            await unitOfWork.CompleteAsync();
        }

        var hostAdmin = await fixture.GetHostAdminIdAsync();
        PagedResultDto<BackgroundJobFailureDto> page;
        using (fixture.RunAs(null, hostAdmin, IdentityConsts.AdminUserName, IdentityConsts.AdminRole))
        {
            await using var scope = fixture.CreateScope();
            page = await scope.ServiceProvider.GetRequiredService<IBackgroundJobFailureAppService>().GetListAsync(new PagedResultRequestDto { MaxResultCount = 1000 });
        }

        var failure = page.Items.Where(f => f.JobName == jobName).ShouldHaveSingleItem();
        failure.TenantId.ShouldBe(tenant.Id);
        failure.ArgumentsSummary.ShouldBe("{ marker }");
        failure.Error.ShouldBe("System.InvalidOperationException: boom");
        failure.Attempts.ShouldBe(4);
        failure.FailedAtUtc.ShouldBe(failedAt);
        failure.FailedAtUtc.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public async Task GetListAsync_AsTenantAdmin_IsForbidden()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var _ = fixture.RunAs(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();

        await Should.ThrowAsync<AuthorizationException>(() => scope.ServiceProvider.GetRequiredService<IBackgroundJobFailureAppService>()
            .GetListAsync(new PagedResultRequestDto()));
    }
}
