using System.Collections;
using System.Diagnostics;
using System.Net;
using FitSaaS.BackgroundJobs;
using FitSaaS.Bookings;
using FitSaaS.Framework.AspNetCore.MultiTenancy;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Diagnostics;
using FitSaaS.HttpApi.Host.Tests.Bookings;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FitSaaS.HttpApi.Host.Tests.Telemetry;

/// <summary>
/// The host's OpenTelemetry registration (<c>TelemetryExtensions.AddFitSaaSTelemetry</c>, on with <c>Telemetry:Enabled</c>)
/// read through the in-memory exporter: ASP.NET Core spans and the kit's <c>FitSaaS</c> meter. Other hosts in this test
/// process use the same meter name, so every assertion filters on this test's tenant or job name. OpenTelemetry listens to
/// every meter of that name in the process and merges equal instruments into one metric, which it drops when the first
/// instrument's meter is disposed (another test host ending): so these tests run alone (<see cref="TelemetryCollection"/>),
/// after the parallel test classes and their hosts are gone.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(TelemetryTests.Fixture fixture) : IClassFixture<TelemetryTests.Fixture>
{
    [Fact]
    public async Task Request_ProducesAnAspNetCoreSpan_AndCountsTheTenantsRequest()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.GetAsync(BookingsApi.Relative(BookingsApi.LocationsRoute), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The server span stops (and is exported) when the hosting layer ends the request, which on the test server can be
        // just after the client has read the response: wait for it (bounded) instead of reading once. CI saw the single
        // read miss it on a loaded machine.
        static bool IsTheRequestsSpan(Activity activity) =>
            activity.Source.Name == "Microsoft.AspNetCore" && activity.Kind == ActivityKind.Server
            && (string?)activity.GetTagItem("url.path") == BookingsApi.LocationsRoute
            && Equals(activity.GetTagItem("http.response.status_code"), 200);
        var watch = Stopwatch.StartNew();
        while (!fixture.Activities.Snapshot().Any(IsTheRequestsSpan) && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            fixture.Services.GetRequiredService<TracerProvider>().ForceFlush().ShouldBeTrue();
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        fixture.Activities.Snapshot().Any(IsTheRequestsSpan).ShouldBeTrue("the request's ASP.NET Core server span with status 200 was not exported");

        // The counter is added when the middleware's pipeline returns, likewise just after the client has read the response.
        watch.Restart();
        long served;
        while ((served = fixture.Sum(TenantRequestMetrics.RequestsName, (FitSaaSMeter.TenantIdTag, tenant.Id.ToString()),
                   (FitSaaSMeter.TenantNameTag, tenant.Name), ("http.response.status_code", 200))) == 0
               && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        served.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Booking_And_Cancellation_AreCounted()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await BookingsApi.CreateSessionAsync(admin, capacity: 1, DateTime.UtcNow.AddDays(2));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "telemetry-member");
        var (_, other) = await fixture.RegisterMemberAsync(tenant.Name, "telemetry-other");
        using var memberClient = member;
        using var otherClient = other;

        var booking = await BookingsApi.PostAsync<BookingDto>(member, BookingsApi.BookingsRoute, new { classSessionId = session.Id });
        var waitlisted = await BookingsApi.PostAsync<BookingDto>(other, BookingsApi.BookingsRoute, new { classSessionId = session.Id });
        await BookingsApi.PostAsync<BookingDto>(member, $"{BookingsApi.BookingsRoute}/{booking.Id}/cancel", new { });

        waitlisted.Status.ShouldBe(BookingStatus.Waitlisted);
        var tenantTag = (FitSaaSMeter.TenantIdTag, (object)tenant.Id.ToString());
        fixture.Sum(BookingsMetrics.CreatedName, tenantTag, (BookingsMetrics.StatusTag, "confirmed")).ShouldBe(1);
        fixture.Sum(BookingsMetrics.CreatedName, tenantTag, (BookingsMetrics.StatusTag, "waitlisted")).ShouldBe(1);
        fixture.Sum(BookingsMetrics.CancelledName, tenantTag).ShouldBe(1);
    }

    [Fact]
    public async Task FailedJob_IsCounted()
    {
        using (var scope = fixture.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>()
                .EnqueueAsync(new TelemetryFailingJobArgs("boom"), cancellationToken: TestContext.Current.CancellationToken);
        }

        var watch = Stopwatch.StartNew();
        long failed;
        while ((failed = fixture.Sum(BackgroundJobMetrics.FailedName, (BackgroundJobMetrics.JobNameTag, TelemetryFailingJobArgs.Name))) == 0
               && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        failed.ShouldBe(1, "the job fails on its only attempt (BackgroundJobs:MaxAttempts = 1) and is counted once");
    }

    /// <summary>The web host with telemetry on, in-memory exporters, one attempt per job and a job that always fails.</summary>
    public sealed class Fixture : FitSaaSWebFixture
    {
        public LockedCollection<Activity> Activities { get; } = new();

        public LockedCollection<MetricSnapshot> Metrics { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [
            new("Telemetry:Enabled", "true"),
            new("BackgroundJobs:MaxAttempts", "1"),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Activities));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
            services.AddBackgroundJob<TelemetryFailingJob, TelemetryFailingJobArgs>();
        });

        /// <summary>Collects now and sums the points of counter <paramref name="name"/> whose tags include every one of <paramref name="tags"/>.</summary>
        public long Sum(string name, params (string Key, object Value)[] tags)
        {
            Metrics.Clear();
            Services.GetRequiredService<MeterProvider>().ForceFlush().ShouldBeTrue();
            var total = 0L;
            foreach (var point in Metrics.Snapshot().Where(metric => metric.Name == name).SelectMany(metric => metric.MetricPoints))
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }

                if (tags.All(tag => pointTags.TryGetValue(tag.Key, out var value) && Equals(Normalize(value), Normalize(tag.Value))))
                {
                    total += point.GetSumLong();
                }
            }

            return total;
        }

        private static object? Normalize(object? value) => value is int or long or short ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    /// <summary>A list the exporters may add to from several threads while the test reads it.</summary>
    public sealed class LockedCollection<T> : ICollection<T>
    {
        private readonly List<T> _items = [];

        public int Count { get { lock (_items) { return _items.Count; } } }

        public bool IsReadOnly => false;

        public List<T> Snapshot() { lock (_items) { return [.. _items]; } }

        public void Add(T item) { lock (_items) { _items.Add(item); } }

        public void Clear() { lock (_items) { _items.Clear(); } }

        public bool Contains(T item) { lock (_items) { return _items.Contains(item); } }

        public void CopyTo(T[] array, int arrayIndex) { lock (_items) { _items.CopyTo(array, arrayIndex); } }

        public bool Remove(T item) { lock (_items) { return _items.Remove(item); } }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

[BackgroundJobName(Name)]
internal sealed record TelemetryFailingJobArgs(string Marker)
{
    public const string Name = "Tests.TelemetryFailing";
}

/// <summary>Always fails.</summary>
internal sealed class TelemetryFailingJob : IBackgroundJob<TelemetryFailingJobArgs>
{
    public Task ExecuteAsync(TelemetryFailingJobArgs args, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("This job always fails.");
}
