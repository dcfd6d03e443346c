// The fake Stripe as an HTTP server on loopback, for local development and the README walk-through (see FakeStripe.cs):
//
//   dotnet run --project test/FitSaaS.StripeFake -- --port 56421 --emulator http://127.0.0.1:56420 \
//       [--webhook-url http://localhost:5000/api/billing/stripe/webhooks --webhook-secret whsec_...]
//
// Every request goes through FakeStripe's handler (what it does not serve goes on to the emulator). Every new event is
// POSTed, signed, to --webhook-url in the background (failures are logged; delivery goes on). Test helpers over HTTP, for
// what Stripe.js or the dashboard would do:
//   POST /v1/test_helpers/intents/{id}/authenticate   succeed=true|false   (the customer finishes or fails 3-D Secure)
//   POST /v1/test_helpers/disputes                    payment_intent, amount, reason
//   POST /v1/test_helpers/accounts/{id}               charges_enabled, payouts_enabled, details_submitted
using System.Globalization;
using System.Net;
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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, int.Parse(options.GetValueOrDefault("port", "56421"), CultureInfo.InvariantCulture)));
        await using var app = builder.Build();

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

        app.MapPost("/v1/test_helpers/intents/{id}/authenticate", async (string id, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var succeed = !string.Equals(form["succeed"], "false", StringComparison.OrdinalIgnoreCase);
            return await HelperAsync(async () =>
            {
                await fake.CompleteAuthenticationAsync(id, succeed);
                return new { id, authenticated = succeed };
            });
        });
        app.MapPost("/v1/test_helpers/disputes", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var amount = long.TryParse(form["amount"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var a) ? a : 0;
            var reason = form["reason"].ToString() is { Length: > 0 } r ? r : "fraudulent";
            return await HelperAsync(() => Task.FromResult<object>(new { id = fake.CreateDispute(form["payment_intent"].ToString(), amount, reason), @object = "dispute" }));
        });
        app.MapPost("/v1/test_helpers/accounts/{id}", async (string id, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            bool Flag(string name) => string.Equals(form[name], "true", StringComparison.OrdinalIgnoreCase);
            return await HelperAsync(async () =>
            {
                await fake.UpdateAccountAsync(id, Flag("charges_enabled"), Flag("payouts_enabled"), Flag("details_submitted"));
                return new { id, charges_enabled = Flag("charges_enabled"), payouts_enabled = Flag("payouts_enabled"), details_submitted = Flag("details_submitted") };
            });
        });

        // Everything else: through the fake's handler, as Stripe.net's requests in the tests.
        using var invoker = new HttpMessageInvoker(fake.CreateHandler());
        app.MapFallback("{**path}", async context =>
        {
            var request = context.Request;
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri($"http://stripe.fake{request.Path}{request.QueryString}"));
            if (request.ContentLength > 0 || request.Headers.ContainsKey("Transfer-Encoding"))
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, context.RequestAborted);
                message.Content = new ByteArrayContent(buffer.ToArray());
                if (request.ContentType is { } contentType)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }
            }

            foreach (var header in request.Headers)
            {
                message.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value);
            }

            using var response = await invoker.SendAsync(message, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers)
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }

            context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        });

        Console.WriteLine($"[FakeStripe] http://127.0.0.1:{options.GetValueOrDefault("port", "56421")} (emulator: {emulator ?? "none"}; webhooks: {options.GetValueOrDefault("webhook-url", "none")})");
        await app.RunAsync();
        deliveries.Writer.TryComplete();
        await deliverer;
        return 0;
    }

    /// <summary>A test helper's answer: 200 with its result, or 400 with a Stripe-shaped error when the helper refuses.</summary>
    private static async Task<IResult> HelperAsync<T>(Func<Task<T>> helper)
    {
        try
        {
            return Results.Ok(await helper());
        }
        catch (InvalidOperationException e)
        {
            return Results.BadRequest(new { error = new { type = "invalid_request_error", message = e.Message } });
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
