// The fake Stripe as an HTTP server on loopback, for local development and the README walk-through (see FakeStripe.cs):
//
//   dotnet run --project test/FitSaaS.StripeFake -- --port 56421 --emulator http://127.0.0.1:56420 \
//       [--webhook-url http://localhost:5000/api/billing/stripe/webhooks --webhook-secret whsec_...]
//
// FakeStripeServer serves it: every request goes through FakeStripe's handler (what it does not serve goes on to the
// emulator). Every new event is POSTed, signed, to --webhook-url in the background (failures are logged; delivery goes
// on). Test helpers over HTTP, for what Stripe.js or the dashboard would do:
//   POST /v1/test_helpers/intents/{id}/authenticate   succeed=true|false   (the customer finishes or fails 3-D Secure)
//   POST /v1/test_helpers/disputes                    payment_intent, amount, reason
//   POST /v1/test_helpers/accounts/{id}               charges_enabled, payouts_enabled, details_submitted
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading.Channels;

namespace FitSaaS.Testing.Stripe;

/// <summary>The standalone fake Stripe server (the header comment says how to run it).</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = ParseArguments(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync("Usage: FitSaaS.StripeFake --port <port> [--emulator <url>] [--webhook-url <url> --webhook-secret <whsec_…>]");
            return 2;
        }

        using var fake = new FakeStripe(options.TryGetValue("emulator", out var emulator) ? new Uri(emulator) : null);
        var port = int.Parse(options.GetValueOrDefault("port", "56421"), CultureInfo.InvariantCulture);
        var deliveries = Channel.CreateUnbounded<FakeStripeEvent>();
        fake.EventRecorded += (_, e) => deliveries.Writer.TryWrite(e);
        using var webhookClient = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deliverer = Task.Run(async () =>
        {
            await foreach (var stripeEvent in deliveries.Reader.ReadAllAsync())
            {
                if (!options.TryGetValue("webhook-url", out var url))
                {
                    continue;
                }

                try
                {
                    using var response = await fake.DeliverAsync(webhookClient, url, stripeEvent, options.GetValueOrDefault("webhook-secret", ""));
                    Console.WriteLine($"[FakeStripe] delivered {stripeEvent.Type} {stripeEvent.Id} to {url}: {(int)response.StatusCode}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    await Console.Error.WriteLineAsync($"[FakeStripe] could not deliver {stripeEvent.Type} {stripeEvent.Id} to {url}: {e.Message}");
                }
            }
        });

        // Ctrl+C or SIGTERM stops the server.
        using var stop = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await using (var server = await FakeStripeServer.StartAsync(fake, port))
        {
            Console.WriteLine($"[FakeStripe] {server.BaseAddress.ToString().TrimEnd('/')} (emulator: {emulator ?? "none"}; webhooks: {options.GetValueOrDefault("webhook-url", "none")})");
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
        }

        deliveries.Writer.TryComplete();
        await deliverer;
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static Dictionary<string, string>? ParseArguments(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            options[args[i][2..]] = args[++i];
        }

        return options;
    }
}
