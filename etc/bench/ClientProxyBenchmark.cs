#:project ../../src/FitSaaS.HttpApi.Client/FitSaaS.HttpApi.Client.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA2000;CA1849

// Client-side cost of a call through the dynamic proxy (docs/benchmarks.md §7) against the same call written by hand
// with HttpClient + System.Net.Http.Json, both over the same named IHttpClientFactory client (timeout/retry handler
// included) and an in-memory handler that answers at once, so only client work is measured: proxy dispatch, route and
// query building, headers, cached token lookup, JSON both ways. Run:
//   dotnet run -c Release etc/bench/ClientProxyBenchmark.cs
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using FitSaaS;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.Http.Client;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

const int Iterations = 20_000;
const int Warmup = 10_000;
var tenantId = Guid.NewGuid();
var page = new PagedResultDto<ClassSessionDto>(10, Enumerable.Range(0, 10).Select(i => new ClassSessionDto
{
    Id = Guid.NewGuid(), ClassTypeId = Guid.NewGuid(), ClassTypeName = "WOD", LocationId = Guid.NewGuid(), LocationName = "Downtown",
    TimeZoneId = "America/New_York", StartsAtUtc = DateTime.UtcNow.AddHours(i), EndsAtUtc = DateTime.UtcNow.AddHours(i + 1),
    DurationMinutes = 60, Capacity = 16, ConfirmedCount = i, AvailableSeats = 16 - i, ConcurrencyStamp = "x",
}).ToList());
var pageJson = JsonContentBytes(page);
var bookingJson = JsonContentBytes(new BookingDto { Id = Guid.NewGuid(), ClassSessionId = Guid.NewGuid(), MemberId = Guid.NewGuid(), Status = BookingStatus.Confirmed });
var tokenJson = Encoding.UTF8.GetBytes("{\"access_token\":\"bench-token\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"r\"}");

var services = new ServiceCollection();
services.Configure<RemoteServiceOptions>(o => o.RemoteServices["Default"] = new RemoteServiceConfiguration
{
    BaseUrl = "http://bench.local/",
    Authentication = new RemoteServiceAuthenticationOptions { GrantType = "password", UserName = "member01", Password = "x" },
});
services.AddLogging();
services.AddFitSaaSHttpApiClient();
services.AddHttpClient(HttpClientProxyNames.For(FitSaaSHttpApiClientModule.RemoteServiceName))
    .ConfigurePrimaryHttpMessageHandler(() => new StubHandler(pageJson, bookingJson, tokenJson));
await using var provider = services.BuildServiceProvider();
var factory = provider.GetRequiredService<IHttpClientFactory>();
var sessions = provider.GetRequiredService<IClassSessionAppService>();
var bookings = provider.GetRequiredService<IBookingAppService>();
using var tenant = provider.GetRequiredService<ICurrentTenant>().Change(tenantId);
var from = DateTime.UtcNow;
var sessionId = Guid.NewGuid();

async Task HandListAsync()
{
    using var client = factory.CreateClient(HttpClientProxyNames.For(FitSaaSHttpApiClientModule.RemoteServiceName));
    using var request = new HttpRequestMessage(HttpMethod.Get, $"http://bench.local/api/bookings/class-sessions?FromUtc={Uri.EscapeDataString(from.ToString("O"))}&MaxResultCount=10");
    request.Headers.Add("__tenant", tenantId.ToString());
    request.Headers.Add("X-Correlation-Id", Guid.NewGuid().ToString("N"));
    request.Headers.Authorization = new("Bearer", "bench-token");
    using var response = await client.SendAsync(request);
    response.EnsureSuccessStatusCode();
    _ = await response.Content.ReadFromJsonAsync<PagedResultDto<ClassSessionDto>>(HttpApiJson.Options);
}

async Task HandBookAsync()
{
    using var client = factory.CreateClient(HttpClientProxyNames.For(FitSaaSHttpApiClientModule.RemoteServiceName));
    using var request = new HttpRequestMessage(HttpMethod.Post, "http://bench.local/api/bookings/bookings")
    {
        Content = JsonContent.Create(new CreateBookingDto { ClassSessionId = sessionId }, options: HttpApiJson.Options),
    };
    request.Headers.Add("__tenant", tenantId.ToString());
    request.Headers.Add("X-Correlation-Id", Guid.NewGuid().ToString("N"));
    request.Headers.Authorization = new("Bearer", "bench-token");
    using var response = await client.SendAsync(request);
    response.EnsureSuccessStatusCode();
    _ = await response.Content.ReadFromJsonAsync<BookingDto>(HttpApiJson.Options);
}

Func<Task> proxyList = () => sessions.GetListAsync(new GetClassSessionListInput { FromUtc = from, MaxResultCount = 10 });
Func<Task> proxyBook = () => bookings.CreateAsync(new CreateBookingDto { ClassSessionId = sessionId });
// Warm every path up first (tiered JIT): the first path measured otherwise pays for start-up work the others do not.
foreach (var call in new[] { proxyList, HandListAsync, proxyBook, HandBookAsync })
{
    for (var i = 0; i < Warmup; i++)
    {
        await call();
    }
}

Console.WriteLine($"{Iterations} calls per row after {Warmup} warm-up calls of each, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
Console.WriteLine("| call | median | p95 | p99 | allocated / call |");
Console.WriteLine("|---|---:|---:|---:|---:|");
// Three alternating rounds: on a busy machine a single row can be off by a factor of two; compare within a round.
for (var round = 1; round <= 3; round++)
{
    await Measure($"{round}: list sessions — proxy", proxyList);
    await Measure($"{round}: list sessions — by hand", HandListAsync);
    await Measure($"{round}: book — proxy", proxyBook);
    await Measure($"{round}: book — by hand", HandBookAsync);
}

static async Task Measure(string name, Func<Task> call)
{
    var samples = new double[Iterations];
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    for (var i = 0; i < Iterations; i++)
    {
        var start = Stopwatch.GetTimestamp();
        await call();
        samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Iterations;
    Array.Sort(samples);
    Console.WriteLine($"| {name} | {samples[Iterations / 2]:0} µs | {samples[(int)(Iterations * 0.95)]:0} µs | {samples[(int)(Iterations * 0.99)]:0} µs | {allocated / 1024.0:0.0} KB |");
}

static byte[] JsonContentBytes<T>(T value) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, HttpApiJson.Options);

sealed class StubHandler(byte[] page, byte[] booking, byte[] token) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.RequestUri!.AbsolutePath switch
        {
            "/connect/token" => token,
            "/api/bookings/bookings" => booking,
            _ => page,
        };
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
