#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA2007;CA1303;CA1849;CA2234

// A tiny closed-loop HTTP load generator used by etc/bench/auditing-benchmark.sh: signs in as the host
// admin (password grant), then keeps <concurrency> requests in flight against one URL for <seconds>
// after a warm-up, and prints requests/second and latency percentiles. Run:
//   dotnet run -c Release etc/bench/HttpLoad.cs -- <baseUrl> <pathAndQuery> <seconds> <concurrency>
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

var baseUrl = new Uri(args[0]);
var path = args[1];
var seconds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var concurrency = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var client = new HttpClient(handler) { BaseAddress = baseUrl };
using (var token = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["grant_type"] = "password",
    ["client_id"] = "FitSaaS_App",
    ["username"] = "admin",
    ["password"] = "1q2w3E*",
})))
{
    token.EnsureSuccessStatusCode();
    var accessToken = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
}

await RunAsync(TimeSpan.FromSeconds(3), record: false);
var (count, latencies) = await RunAsync(TimeSpan.FromSeconds(seconds), record: true);
latencies.Sort();
Console.WriteLine($"{count / (double)seconds:F0} req/s  p50 {Percentile(0.50):F2} ms  p99 {Percentile(0.99):F2} ms  ({count} requests)");

double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[(int)Math.Min(latencies.Count - 1, p * latencies.Count)];

async Task<(int Count, List<double> Latencies)> RunAsync(TimeSpan duration, bool record)
{
    var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    var perWorker = new List<double>[concurrency];
    var workers = Enumerable.Range(0, concurrency).Select(async w =>
    {
        var own = perWorker[w] = [];
        while (Stopwatch.GetTimestamp() < until)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            await response.Content.LoadIntoBufferAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode} from {path}");
            }

            if (record)
            {
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }).ToArray();
    await Task.WhenAll(workers);
    var all = perWorker.SelectMany(l => l).ToList();
    return (all.Count, all);
}
