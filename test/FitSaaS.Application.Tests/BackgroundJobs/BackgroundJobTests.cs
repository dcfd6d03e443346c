using FitSaaS.BackgroundJobs;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.EntityFrameworkCore.BackgroundJobs;
using FitSaaS.Testing;
using Hangfire;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.BackgroundJobs;

public sealed class BackgroundJobTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task EnqueueAsync_InTenant_RunsOnceInThatTenantInsideATransactionalUnitOfWork()
    {
        var tenant = await fixture.CreateTenantAsync();
        var marker = Guid.NewGuid().ToString("N");
        await using var host = await JobTestHost.StartAsync(fixture.Database);

        var id = await host.EnqueueAsync(tenant.Id, new RecordingJobArgs(marker));

        id.ShouldNotBeNullOrWhiteSpace();
        await JobTestHost.WaitUntilAsync(() => RecordingJob.RunsOf(marker).Count > 0);
        await Task.Delay(500);
        var run = RecordingJob.RunsOf(marker).ShouldHaveSingleItem();
        run.TenantId.ShouldBe(tenant.Id);
        run.InUnitOfWork.ShouldBeTrue();
        run.Transactional.ShouldBeTrue();
    }

    [Fact]
    public async Task EnqueueAsync_AsHost_RunsAsHost()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using var host = await JobTestHost.StartAsync(fixture.Database);

        await host.EnqueueAsync(null, new RecordingJobArgs(marker));

        await JobTestHost.WaitUntilAsync(() => RecordingJob.RunsOf(marker).Count > 0);
        RecordingJob.RunsOf(marker).ShouldHaveSingleItem().TenantId.ShouldBeNull();
    }

    [Fact]
    public async Task EnqueueAsync_WithDelay_DoesNotRunBeforeTheDelay()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using var host = await JobTestHost.StartAsync(fixture.Database);
        var enqueuedAt = DateTimeOffset.UtcNow;

        await host.EnqueueAsync(null, new RecordingJobArgs(marker), TimeSpan.FromSeconds(2));

        await JobTestHost.WaitUntilAsync(() => RecordingJob.RunsOf(marker).Count > 0);
        // A lower bound only: how much later it runs depends on the machine. The job store keeps due times in whole seconds
        // (Unix time), so a delayed job may start up to one second before its exact due time.
        RecordingJob.RunsOf(marker).ShouldHaveSingleItem().At.ShouldBeGreaterThanOrEqualTo(enqueuedAt + TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task FailingJob_IsRetriedUpToMaxAttemptsThenGivenUp()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using var host = await JobTestHost.StartAsync(fixture.Database, maxAttempts: 3);

        await host.EnqueueAsync(null, new FailingJobArgs(marker));

        await JobTestHost.WaitUntilAsync(() => FailingJob.Attempts.GetValueOrDefault(marker) >= 3);
        // Retries are 0.2 s then 0.4 s apart: a fourth attempt would have come well within two seconds.
        await Task.Delay(TimeSpan.FromSeconds(2));
        FailingJob.Attempts[marker].ShouldBe(3);

        // The final failed state: recorded for host admins, without argument values; tenant admins may not read it.
        var tenant = await fixture.CreateTenantAsync();
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using (fixture.RunAs(null, hostAdmin, IdentityConsts.AdminUserName, IdentityConsts.AdminRole))
        {
            await using var scope = fixture.CreateScope();
            var failures = await scope.ServiceProvider.GetRequiredService<IBackgroundJobFailureAppService>()
                .GetListAsync(new PagedResultRequestDto { MaxResultCount = 1000 });
            var failure = failures.Items.Where(item => item.JobName == "Tests.Failing").ShouldHaveSingleItem();
            failure.Attempts.ShouldBe(3);
            failure.TenantId.ShouldBeNull();
            failure.ArgumentsSummary.ShouldBe("{ marker }");
            failure.Error.ShouldContain("This job always fails.");
        }

        using (fixture.RunAs(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole))
        {
            await using var scope = fixture.CreateScope();
            await Should.ThrowAsync<AuthorizationException>(() => scope.ServiceProvider.GetRequiredService<IBackgroundJobFailureAppService>()
                .GetListAsync(new PagedResultRequestDto()));
        }
    }

    [Fact]
    public async Task Job_EnqueuedWithDelay_SurvivesAHostRestart()
    {
        var tenant = await fixture.CreateTenantAsync();
        var marker = Guid.NewGuid().ToString("N");
        await using (var first = await JobTestHost.StartAsync(fixture.Database))
        {
            await first.EnqueueAsync(tenant.Id, new RecordingJobArgs(marker), TimeSpan.FromSeconds(3));
        }

        RecordingJob.RunsOf(marker).ShouldBeEmpty();
        await using var second = await JobTestHost.StartAsync(fixture.Database);

        await JobTestHost.WaitUntilAsync(() => RecordingJob.RunsOf(marker).Count > 0);
        RecordingJob.RunsOf(marker).ShouldHaveSingleItem().TenantId.ShouldBe(tenant.Id);
    }

    [Fact]
    public async Task EnqueueAsync_StoresTheArgumentsProtected_WithTheJobNameAndTenantReadable()
    {
        var tenant = await fixture.CreateTenantAsync();
        var secret = $"secret-{Guid.NewGuid():N}";
        await using var host = await JobTestHost.StartAsync(fixture.Database);

        var id = await host.EnqueueAsync(tenant.Id, new RecordingJobArgs(secret), TimeSpan.FromHours(1));

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        var stored = connection.GetJobData(id).ShouldNotBeNull();
        stored.Job.Args[0].ShouldBe("Tests.Recording");
        stored.Job.Args[1].ShouldBe(tenant.Id);
        stored.Job.Args.OfType<string>().ShouldAllBe(argument => !argument.Contains(secret, StringComparison.Ordinal));
        // The dispatcher reads them back.
        host.Services.GetRequiredService<BackgroundJobArgumentProtector>().Unprotect((string)stored.Job.Args[2]!).ShouldContain(secret);
    }

    [Fact]
    public async Task Sqlite_JobLeftClaimedByACrash_RunsAtTheNextStart()
    {
        Assert.SkipWhen(TestDatabase.IsPostgreSql, "The embedded (SQLite) job store only; the PostgreSQL one is covered by the cluster kill -9 test.");
        var marker = Guid.NewGuid().ToString("N");
        string path;
        await using (var queuing = await JobTestHost.StartAsync(fixture.Database, extraSettings: new Dictionary<string, string?> { ["BackgroundJobs:IsJobExecutionEnabled"] = "false" }))
        {
            await queuing.EnqueueAsync(null, new RecordingJobArgs(marker));
            path = HangfireBackgroundJobsRegistration.SqliteJobStorePath(fixture.Database.ConnectionString, null);
        }

        // What a worker killed in the middle of the job leaves behind: the queue entry claimed a moment ago.
        await using (var sqlite = new SqliteConnection($"Data Source={path}"))
        {
            await sqlite.OpenAsync(TestContext.Current.CancellationToken);
            await using var claim = sqlite.CreateCommand();
            claim.CommandText = $"UPDATE JobQueue SET FetchedAt = {DateTime.UtcNow.Ticks} WHERE FetchedAt = 0";
            (await claim.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBeGreaterThanOrEqualTo(1);
        }

        await using var restarted = await JobTestHost.StartAsync(fixture.Database);

        // Without the hand-back at start-up the claim would hide the job for the store's invisibility timeout (hours).
        await JobTestHost.WaitUntilAsync(() => RecordingJob.RunsOf(marker).Count > 0, TimeSpan.FromSeconds(30));
        RecordingJob.RunsOf(marker).ShouldHaveSingleItem();
    }
}
