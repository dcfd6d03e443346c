using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Testing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.BackgroundJobs;

/// <summary>Own fixture (own database), so the active tenants are exactly the ones these tests create.</summary>
public sealed class RecurringJobTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task RecurringJob_WithCron_Fires()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using var host = await JobTestHost.StartAsync(
            fixture.Database, services => services.AddRecurringJob($"Tests.Every2s.{marker}", "*/2 * * * * *", new RecordingJobArgs(marker)));

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
            services => services.AddRecurringJob($"Tests.PerTenant.{marker}", "*/3 * * * * *", new RecordingJobArgs(marker), forEveryTenant: true)))
        {
            await JobTestHost.WaitUntilAsync(() => tenants.All(tenant => RecordingJob.RunsOf(marker).Any(run => run.TenantId == tenant.Id)));
        }

        var runs = RecordingJob.RunsOf(marker);
        runs.ShouldAllBe(run => run.TenantId != null && run.InUnitOfWork);
        // Every active tenant of the fixture's database gets runs (other tests of this class add tenants too).
        var perTenant = runs.GroupBy(run => run.TenantId).ToDictionary(group => group.Key!.Value, group => group.Count());
        perTenant.Keys.ShouldBeSubsetOf(await ActiveTenantIdsAsync());
        tenants.Select(tenant => tenant.Id).ShouldBeSubsetOf(perTenant.Keys);
        // Once per tenant per firing: the counts differ by at most the firing the shutdown interrupted.
        (perTenant.Values.Max() - perTenant.Values.Min()).ShouldBeLessThanOrEqualTo(1);
    }

    private async Task<IReadOnlyList<Guid>> ActiveTenantIdsAsync()
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IActiveTenantSource>().GetActiveTenantIdsAsync();
    }

    [Fact]
    public async Task RecurringJob_ForEveryTenant_RetriesAFailingTenantOnItsOwn()
    {
        var tenants = new[] { await fixture.CreateTenantAsync(), await fixture.CreateTenantAsync(), await fixture.CreateTenantAsync() };
        var marker = Guid.NewGuid().ToString("N");
        var name = $"Tests.Flaky.{marker}";
        await using var host = await JobTestHost.StartAsync(
            fixture.Database,
            // Never due by itself: the test triggers one occurrence.
            services => services.AddRecurringJob(name, "0 0 1 1 *", new FlakyForOneTenantJobArgs(marker, tenants[0].Id), forEveryTenant: true));

        host.Services.GetRequiredService<IRecurringJobManager>().Trigger(name);

        int AttemptsOf(Guid tenantId) => FlakyForOneTenantJob.Attempts.GetValueOrDefault((marker, tenantId));
        await JobTestHost.WaitUntilAsync(() => AttemptsOf(tenants[0].Id) >= 2 && tenants.Skip(1).All(tenant => AttemptsOf(tenant.Id) >= 1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        AttemptsOf(tenants[0].Id).ShouldBe(2, "the failing tenant is retried once, then succeeds");
        AttemptsOf(tenants[1].Id).ShouldBe(1, "the other tenants are not run again");
        AttemptsOf(tenants[2].Id).ShouldBe(1);
    }

    [Fact]
    public async Task RecurringJob_IsStoredInTheJobStore_WithItsCronInUtc()
    {
        var marker = Guid.NewGuid().ToString("N");
        var name = $"Tests.Stored.{marker}";
        await using var host = await JobTestHost.StartAsync(
            fixture.Database, services => services.AddRecurringJob(name, "0 3 * * *", new RecordingJobArgs(marker)));

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs([name]).ShouldHaveSingleItem();

        job.Cron.ShouldBe("0 3 * * *");
        job.TimeZoneId.ShouldBe("UTC");
        job.Queue.ShouldBe("default");
        job.Job.Args[0].ShouldBe("Tests.Recording");
        // Arguments are stored protected: the marker never appears in clear.
        job.Job.Args.OfType<string>().ShouldAllBe(argument => !argument.Contains(marker, StringComparison.Ordinal));
    }
}
