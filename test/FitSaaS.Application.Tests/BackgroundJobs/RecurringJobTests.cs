using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FitSaaS.Application.Tests.BackgroundJobs;

/// <summary>Own fixture (own database), so the active tenants are exactly the ones these tests create.</summary>
public sealed class RecurringJobTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task RecurringJob_WithCron_Fires()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using var host = await JobTestHost.StartAsync(
            fixture.Database, services => services.AddRecurringJob($"Tests.Every2s.{marker}", "0/2 * * * * ?", new RecordingJobArgs(marker)));

        await JobTestHost.WaitUntilAsync(() => RecordingJob.RunsOf(marker).Count >= 2);
        RecordingJob.RunsOf(marker).ShouldAllBe(run => run.TenantId == null && run.InUnitOfWork);
    }

    [Fact]
    public async Task RecurringJob_ForEveryTenant_RunsOncePerActiveTenantPerFiring()
    {
        var tenants = new[] { await fixture.CreateTenantAsync(), await fixture.CreateTenantAsync(), await fixture.CreateTenantAsync() };
        var marker = Guid.NewGuid().ToString("N");
        await using (var host = await JobTestHost.StartAsync(
            fixture.Database,
            services => services.AddRecurringJob($"Tests.PerTenant.{marker}", "0/3 * * * * ?", new RecordingJobArgs(marker), forEveryTenant: true)))
        {
            await JobTestHost.WaitUntilAsync(() => tenants.All(tenant => RecordingJob.RunsOf(marker).Any(run => run.TenantId == tenant.Id)));
        }

        var runs = RecordingJob.RunsOf(marker);
        runs.ShouldAllBe(run => run.TenantId != null && run.InUnitOfWork);
        var perTenant = runs.GroupBy(run => run.TenantId).ToDictionary(group => group.Key!.Value, group => group.Count());
        perTenant.Keys.ShouldBe(tenants.Select(tenant => tenant.Id), ignoreOrder: true);
        // Once per tenant per firing: the counts differ by at most the firing the shutdown interrupted.
        (perTenant.Values.Max() - perTenant.Values.Min()).ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task RecurringJob_IsStoredDurably_AndAsksForRecoveryAfterACrash()
    {
        var marker = Guid.NewGuid().ToString("N");
        var name = $"Tests.Recovering.{marker}";
        await using var host = await JobTestHost.StartAsync(
            fixture.Database, services => services.AddRecurringJob(name, "0 0 3 * * ?", new RecordingJobArgs(marker)));

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = await scheduler.GetJobDetail(new JobKey(name, "fitsaas-recurring"));

        job.ShouldNotBeNull();
        job.Durable.ShouldBeTrue();
        job.RequestsRecovery.ShouldBeTrue("a fire cut short by a killed instance must run again on the cluster");
    }
}
