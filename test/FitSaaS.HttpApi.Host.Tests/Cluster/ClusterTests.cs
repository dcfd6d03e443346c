using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>Cluster tests run alone: they start real host processes and measure behaviour under load.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public static class ClusterCollection
{
    public const string Name = "Cluster";
}

/// <summary>
/// Two real host processes (Kestrel on two loopback ports) on one PostgreSQL database and one Redis (issue #5 §4): the
/// booking storm split over both never overbooks, a recurring job fires once per schedule across the cluster, requests
/// survive a Redis outage.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests
{
    private const int AdapterFiringEventId = 5100;
    private const int AdapterCompletedEventId = 5104;

    [Fact]
    public async Task BookingStorm_SplitOverTwoInstances_ConfirmsExactlyTheSeatsAndWaitlistsTheRestInOrder()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        const int seats = 20;
        const int members = 120;
        await using var cluster = await HostCluster.StartAsync();
        var tenant = await HostCluster.CreateTenantAsync(cluster.A);
        using var admin = cluster.B.CreateClient(await HostCluster.GetTokenAsync(cluster.B, tenant.Name, "admin"));
        var session = await CreateSessionAsync(admin, seats, DateTime.UtcNow.AddDays(2));
        var tokens = new string[members];
        await Parallel.ForEachAsync(Enumerable.Range(0, members), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            tokens[i] = (await HostCluster.RegisterMemberAsync(cluster.Instances[i % 2], tenant.Name, $"storm{i:D3}")).Token);

        // Every member books at the same moment, even-numbered through A and odd-numbered through B.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, members).Select(async i =>
        {
            using var client = cluster.Instances[i % 2].CreateClient(tokens[i]);
            await go.Task;
            using var response = await client.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);
            return (Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        go.SetResult();
        var results = await Task.WhenAll(attempts);

        var failures = results.Where(r => r.Status != HttpStatusCode.OK).ToList();
        failures.ShouldBeEmpty($"{failures.Count} bookings failed, first: {failures.FirstOrDefault()}{Environment.NewLine}{cluster.Tails()}");
        var bookings = results.Select(r => System.Text.Json.JsonSerializer.Deserialize<BookingDto>(r.Body, TestJson.Options)!).ToList();
        bookings.Count(b => b.Status == BookingStatus.Confirmed).ShouldBe(seats);
        bookings.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.WaitlistPosition!.Value).Order()
            .ShouldBe(Enumerable.Range(1, members - seats));
        var after = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        after!.ConfirmedCount.ShouldBe(seats);
        after.WaitlistCount.ShouldBe(members - seats);
        var roster = await admin.GetFromJsonAsync<ClassSessionRosterDto>(Relative($"{ClassSessionsRoute}/{session.Id}/roster"), TestJson.Options);
        roster!.Confirmed.Select(b => b.MemberId).Distinct().Count().ShouldBe(seats);
        roster.Waitlisted.Count.ShouldBe(members - seats);
    }

    [Fact]
    public async Task RecurringJob_OnTwoInstances_FiresOncePerScheduleAcrossTheCluster()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        await using var cluster = await HostCluster.StartAsync(settings: new Dictionary<string, string?>
        {
            // The audit-log retention job, declared by AuditLogging on every instance, every 2 seconds.
            ["AuditLogging:CleanupCron"] = "*/2 * * * * *",
        });

        // Both job servers heartbeat in the one shared Hangfire store.
        var members = await cluster.ScalarAsync<long>("SELECT count(*) FROM hangfire.server");
        members.ShouldBe(2, cluster.Tails());
        await Task.Delay(TimeSpan.FromSeconds(20));

        var fires = cluster.LogsOf(AdapterFiringEventId)
            .Where(line => line.State.GetValueOrDefault("JobName") == "AuditLogging.Cleanup")
            .Select(line => (Instance: line.Instance, Scheduled: line.State.GetValueOrDefault("ScheduledFireTimeUtc")!))
            .ToList();
        var perSchedule = fires.GroupBy(fire => fire.Scheduled).ToList();
        perSchedule.Count.ShouldBeGreaterThanOrEqualTo(5, cluster.Tails());
        perSchedule.Where(group => group.Count() > 1)
            .Select(group => $"{group.Key} ran on {string.Join(", ", group.Select(fire => fire.Instance))}")
            .ShouldBeEmpty("each scheduled fire time must run on exactly one instance");
        // Every scheduled time is a distinct even second (the cron), none skipped between the first and the last seen.
        var times = perSchedule.Select(group => DateTime.Parse(group.Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)).Order().ToList();
        times.ShouldAllBe(time => time.Second % 2 == 0 && time.Millisecond == 0);
        ((int)(times[^1] - times[0]).TotalSeconds / 2 + 1).ShouldBe(times.Count, "no schedule was skipped");
        cluster.LogsOf(AdapterCompletedEventId).Count(line => line.State.GetValueOrDefault("JobName") == "AuditLogging.Cleanup")
            .ShouldBeGreaterThanOrEqualTo(fires.Count - 1);
    }

    [Fact]
    public async Task RedisStopped_RequestsToBothInstancesStillSucceed_AndTheCacheIsUsedAgainAfterRestart()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        await using var redis = await OwnRedisServer.StartAsync();
        await using var cluster = await HostCluster.StartAsync(redisConfiguration: redis.Configuration);
        var tenant = await HostCluster.CreateTenantAsync(cluster.A);
        var adminToken = await HostCluster.GetTokenAsync(cluster.A, tenant.Name, "admin");
        var (_, memberToken) = await HostCluster.RegisterMemberAsync(cluster.B, tenant.Name, "reader");
        await AllSucceedAsync(cluster, adminToken, memberToken, "before the outage");
        (await redis.KeyCountAsync(0)).ShouldNotBeNull().ShouldBeGreaterThan(0, "the instances cache in Redis");

        await redis.StopAsync();
        await AllSucceedAsync(cluster, adminToken, memberToken, "Redis stopped");
        // Sign-in, and a change through A read back through B: the database answers while the cache is away.
        var duringOutage = await HostCluster.GetTokenAsync(cluster.B, tenant.Name, "reader");
        using (var admin = cluster.A.CreateClient(adminToken))
        using (var put = await admin.PutAsJsonAsync("/api/setting-management/settings/tenant", Cutoff("75"), TestJson.Options))
        {
            put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }

        (await ReadCutoffAsync(cluster.B, duringOutage)).ShouldBe("75");

        await redis.RestartAsync();
        await AllSucceedAsync(cluster, adminToken, memberToken, "Redis restarted");
        // The instances reconnect by themselves (back-off at most 5 s) and fill the empty server again.
        (await HostCluster.EventuallyAsync(async () =>
        {
            await AllSucceedAsync(cluster, adminToken, memberToken, "Redis restarted");
            return await redis.KeyCountAsync(0) > 0;
        }, TimeSpan.FromSeconds(30))).ShouldBeTrue("the instances use Redis again after it restarted");
        using (var admin = cluster.B.CreateClient(adminToken))
        using (var put = await admin.PutAsJsonAsync("/api/setting-management/settings/tenant", Cutoff("30"), TestJson.Options))
        {
            put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }

        (await ReadCutoffAsync(cluster.A, memberToken)).ShouldBe("30");
        (await ReadCutoffAsync(cluster.B, memberToken)).ShouldBe("30");
    }

    [Fact]
    public async Task KilledInTheMiddleOfAJob_TheJobRunsAgainAfterRestart_AndItsEffectHappensOnce()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        Assert.SkipWhen(Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSqlAdmin") is not { Length: > 0 },
            "needs FitSaaS_Test__PostgreSqlAdmin (etc/scripts/test.sh sets it) to hold row locks across tenants");
        await using var cluster = await HostCluster.StartAsync(settings: new Dictionary<string, string?>
        {
            // The audit-log retention job every 10 seconds, deleting 2 entries per batch (all batches in one transaction).
            ["AuditLogging:CleanupCron"] = "*/10 * * * * *",
            ["AuditLogging:CleanupBatchSize"] = "2",
            ["Logging:LogLevel:FitSaaS.AuditLogging"] = "Information",
        });
        (await cluster.ScalarAsync<long>($"SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = '{CleanupJobSchedule}'"))
            .ShouldBe(1, "the cleanup is a recurring job in the shared store");
        await using var admin = (await cluster.OpenAdminConnectionAsync())!;
        await using var locker = (await cluster.OpenAdminConnectionAsync())!;

        // Right after a fire has completed (the next is 10 s away; a fire still running would pick the new rows up and be
        // the one to block): 5 expired entries and 3 recent ones, then lock the third-oldest, so the next run deletes the
        // first batch of 2 inside its transaction and blocks on the second.
        (await HostCluster.EventuallyAsync(() => Task.FromResult(CleanupFires(cluster).Count is > 0 and var fires && CleanupCompletions(cluster) >= fires),
            TimeSpan.FromSeconds(30))).ShouldBeTrue(cluster.Tails());
        var firesBefore = CleanupFires(cluster).Count;
        var now = DateTime.UtcNow;
        var expired = Enumerable.Range(0, 5).Select(i => (Id: Guid.NewGuid(), At: now.AddDays(-200).AddMinutes(i))).ToList();
        var recent = Enumerable.Range(0, 3).Select(i => (Id: Guid.NewGuid(), At: now.AddDays(-1).AddMinutes(i))).ToList();
        foreach (var (id, at) in expired.Concat(recent))
        {
            await ExecuteAsync(admin, $"INSERT INTO \"AuditLogs\" (\"Id\", \"ExecutionTimeUtc\", \"DurationMs\", \"HasException\", \"ConcurrencyStamp\", \"Url\") " +
                $"VALUES ('{id}', '{at:O}', 1, false, 'x', '/cluster-test')");
        }

        await using var lockTransaction = await locker.BeginTransactionAsync();
        await ExecuteAsync(locker, $"SELECT 1 FROM \"AuditLogs\" WHERE \"Id\" = '{expired[2].Id}' FOR UPDATE");
        (await CountAsync(admin, expired)).ShouldBe(5, "the set-up raced a fire; rerun");

        // The next fire blocks inside its transaction on the locked row: kill -9 the instance running it.
        (await HostCluster.EventuallyAsync(() => Task.FromResult(CleanupFires(cluster).Count > firesBefore), TimeSpan.FromSeconds(30))).ShouldBeTrue(cluster.Tails());
        var running = cluster.Instances.Single(instance => instance.Name == CleanupFires(cluster)[firesBefore].Instance);
        (await HostCluster.EventuallyAsync(async () => await ScalarAsync<long>(admin,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0, TimeSpan.FromSeconds(30)))
            .ShouldBeTrue($"the job should wait for the row lock{Environment.NewLine}{cluster.Tails()}");
        await running.KillAsync();
        var killedAt = DateTime.UtcNow;
        // When a re-run of the interrupted run starts (on the live instance, or on the killed one once restarted).
        var recoveredAt = Task.Run(async () =>
        {
            while (!CleanupFires(cluster).Any(fire => fire.Recovering))
            {
                await Task.Delay(200);
            }

            return DateTime.UtcNow;
        });
        await lockTransaction.RollbackAsync();
        (await CountAsync(admin, expired)).ShouldBe(5, "the killed run's transaction never commits");

        await running.StartAsync(HostCluster.StartTimeout);

        (await HostCluster.EventuallyAsync(async () => await CountAsync(admin, expired) == 0, TimeSpan.FromSeconds(90)))
            .ShouldBeTrue($"the job should run again after the crash{Environment.NewLine}{cluster.Tails()}");
        (await CountAsync(admin, recent)).ShouldBe(3);
        // The killed run's claim is no longer renewed: within the invisibility timeout (+ polling) a live or restarted
        // instance takes the job again and re-runs it (its first run's transaction never committed).
        (await HostCluster.EventuallyAsync(() => Task.FromResult(recoveredAt.IsCompleted), TimeSpan.FromSeconds(90)))
            .ShouldBeTrue($"the interrupted run is run again{Environment.NewLine}{cluster.Tails()}");
        // Bound: invisibility timeout + polling interval (1 s); the rest is slack for a loaded machine.
        ((await recoveredAt) - killedAt).ShouldBeLessThan(HostCluster.JobInvisibilityTimeout + TimeSpan.FromSeconds(20), "bounded by the invisibility timeout");
        // Once: the completed runs together deleted exactly the 5 expired entries (the killed run deleted nothing for good).
        (await HostCluster.EventuallyAsync(() => Task.FromResult(DeletedByCleanup(cluster) == 5), TimeSpan.FromSeconds(15)))
            .ShouldBeTrue($"deleted {DeletedByCleanup(cluster)}{Environment.NewLine}{cluster.Tails()}");
        (await cluster.ScalarAsync<long>("SELECT count(*) FROM hangfire.server")).ShouldBeGreaterThanOrEqualTo(2);
    }

    private const string CleanupJob = "AuditLogging.Cleanup";

    // The recurring job's id: the schedule name AuditLogging declares.
    private const string CleanupJobSchedule = "AuditLogging.Cleanup";

    private static List<(string Instance, bool Recovering)> CleanupFires(HostCluster cluster) =>
        cluster.Instances.SelectMany(instance => instance.LogsOf(AdapterFiringEventId))
            .Where(line => line.State.GetValueOrDefault("JobName") == CleanupJob)
            .Select(line => (line.Instance, string.Equals(line.State.GetValueOrDefault("Recovering"), "true", StringComparison.OrdinalIgnoreCase)))
            .ToList();

    // The cleanup is a host job: one completion per fire, so completions = fires means none is running.
    private static int CleanupCompletions(HostCluster cluster) =>
        cluster.Instances.SelectMany(instance => instance.LogsOf(AdapterCompletedEventId))
            .Count(line => line.State.GetValueOrDefault("JobName") == CleanupJob);

    private static int DeletedByCleanup(HostCluster cluster) =>
        cluster.LogsOf(AuditCleanedEventId).Sum(line => int.Parse(line.State.GetValueOrDefault("Count") ?? "0", CultureInfo.InvariantCulture));

    private const int AuditCleanedEventId = 2201;

    private static async Task ExecuteAsync(Npgsql.NpgsqlConnection connection, string sql)
    {
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(Npgsql.NpgsqlConnection connection, string sql)
    {
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static Task<long> CountAsync(Npgsql.NpgsqlConnection connection, IEnumerable<(Guid Id, DateTime At)> rows) =>
        ScalarAsync<long>(connection, $"SELECT count(*) FROM \"AuditLogs\" WHERE \"Id\" IN ({string.Join(", ", rows.Select(row => $"'{row.Id}'"))})");

    private static UpdateSettingsDto Cutoff(string minutes) =>
        new() { Settings = [new UpdateSettingValueDto { Name = BookingsSettingNames.CancellationCutoffMinutes, Value = minutes }] };

    private static async Task<string?> ReadCutoffAsync(HostProcess via, string token)
    {
        using var client = via.CreateClient(token);
        var values = await client.GetFromJsonAsync<List<SettingValueDto>>("/api/setting-management/settings", TestJson.Options);
        return values!.Single(v => v.Name == BookingsSettingNames.CancellationCutoffMinutes).Value;
    }

    /// <summary>Reads through both instances what a signed-in member and a tenant admin read most (configuration, settings, timetable).</summary>
    private static async Task AllSucceedAsync(HostCluster cluster, string adminToken, string memberToken, string when)
    {
        foreach (var instance in cluster.Instances)
        {
            foreach (var (token, path) in new[]
            {
                (memberToken, "/api/application-configuration"),
                (memberToken, "/api/setting-management/settings"),
                (memberToken, ClassSessionsRoute),
                (adminToken, "/api/setting-management/settings/tenant"),
                (adminToken, "/api/application-configuration"),
            })
            {
                using var client = instance.CreateClient(token);
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{when}: GET {path} through {instance.Name}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
