using System.Globalization;
using System.Net;

namespace FitSaaS.Testing.Stripe;

/// <summary>
/// A <see cref="FakeStripe"/> served over HTTP on loopback (Kestrel): every request goes through the fake's handler, as
/// Stripe.net's requests do in process, plus the test helpers Stripe.js or the dashboard would play (Program.cs lists
/// them). For a process that calls Stripe over the network: the standalone server (Program.cs) and the tests that run the
/// host as a real process (<c>Stripe:ApiBase</c> = <see cref="BaseAddress"/>). Disposing stops it; the fake stays the caller's.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _invoker;

    private FakeStripeServer(WebApplication app, HttpMessageInvoker invoker, Uri baseAddress)
    {
        _app = app;
        _invoker = invoker;
        BaseAddress = baseAddress;
    }

    /// <summary>Where it listens: <c>http://127.0.0.1:{port}</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// Starts serving <paramref name="fake"/> on 127.0.0.1:<paramref name="port"/> (0: a free port, see <see cref="BaseAddress"/>).
    /// It does not handle the process's console signals: the caller stops it (<see cref="DisposeAsync"/>).
    /// </summary>
    public static async Task<FakeStripeServer> StartAsync(FakeStripe fake, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, CallerLifetime>();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var invoker = new HttpMessageInvoker(fake.CreateHandler());
        MapTestHelpers(app, fake);
        app.MapFallback("{**path}", context => ForwardAsync(invoker, context));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            invoker.Dispose();
            await app.DisposeAsync();
            throw;
        }

        var bound = new Uri(app.Urls.First()); // the port Kestrel bound (port 0: a free one)
        return new FakeStripeServer(app, invoker, new Uri($"http://127.0.0.1:{bound.Port.ToString(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>Completes when the server stops (the token cancelled, or <see cref="DisposeAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _invoker.Dispose();
    }

    private static void MapTestHelpers(WebApplication app, FakeStripe fake)
    {
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
    }

    /// <summary>A request through the fake's handler, as Stripe.net's requests in the tests; the caller going away cancels it.</summary>
    private static async Task ForwardAsync(HttpMessageInvoker invoker, HttpContext context)
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

        HttpResponseMessage response;
        try
        {
            response = await invoker.SendAsync(message, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the caller went away (a request the fake left hanging, its caller killed): nobody to answer
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers)
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }

            context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
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

    /// <summary>No console lifetime: the server does not take over Ctrl+C or SIGTERM of the process that hosts it (a test runner).</summary>
    private sealed class CallerLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
