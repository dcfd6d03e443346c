// FakeStripe: a fake of the Stripe API endpoints FitSaaS needs and no local server offers.
//
// Why: Stripe has no local server. The local emulator FitSaaS's tests and development use (npm stripe-stateful-mock 0.0.16,
// etc/scripts/stripe-mock.sh) serves customers, charges, refunds, Connect accounts, products, prices and subscriptions,
// but no SetupIntents, no PaymentMethods, only old-API PaymentIntents, no account links and no webhooks (DOMAIN.md §3.9).
// FakeStripe serves those in process, keeps the money in the emulator (a succeeded PaymentIntent is an emulator charge,
// its refunds emulator refunds), forwards every other request to the emulator unchanged, records the events Stripe would
// send, and signs them as Stripe does (DOMAIN.md §3.5).
//
// Tests: services.AddHttpClient("Stripe").ConfigurePrimaryHttpMessageHandler(() => fake.CreateHandler()) and any
// Stripe:ApiBase (http://stripe.fake). Local development (an HTTP server on loopback that posts signed events to a webhook):
//
//   dotnet run --project test/FitSaaS.StripeFake -- --port 56421 --emulator http://127.0.0.1:56420 \
//       --webhook-url http://localhost:5000/api/billing/stripe/webhooks --webhook-secret whsec_...
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FitSaaS.Testing.Stripe;

/// <summary>
/// A thread-safe in-memory fake of Stripe's SetupIntents, PaymentMethods, PaymentIntents (3-D Secure included), refunds of
/// its PaymentIntents, account links, events and customer deletion, in front of the local Stripe emulator, to which it forwards every other
/// request. Objects live in the account of the request's <c>Stripe-Account</c> header (none: the platform's), and POSTs
/// honour <c>Idempotency-Key</c> as Stripe does.
/// </summary>
public sealed partial class FakeStripe : IDisposable
{
    private const string DefaultAuthorization = "Bearer sk_test_fitsaas_fake";

    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient? _emulator;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private readonly List<FakeStripeEvent> _events = [];
    private readonly List<(string Method, string Path)> _requests = [];
    private readonly List<ArmedFault> _faults = [];
    private readonly List<ArmedFault> _armedFaults = [];
    private readonly Dictionary<string, StoredObject> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IdempotencyRecord> _idempotency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _chargeIntents = new(StringComparer.Ordinal);
    private readonly List<(string? Account, string ChargeId, Dictionary<string, string> Metadata)> _charges = [];
    private readonly Dictionary<string, (bool ChargesEnabled, bool PayoutsEnabled, bool DetailsSubmitted)> _accountFlags = new(StringComparer.Ordinal);
    private readonly HashSet<(string? Account, string CustomerId)> _deletedCustomers = [];
    private long _sequence;

    /// <summary>A fake in front of the emulator at <paramref name="emulatorBase"/>.</summary>
    /// <param name="emulatorBase">The emulator's base URL; null: no emulator (customers are not checked, charges and refunds
    /// are made up, and other requests answer a Stripe-shaped 404 <c>resource_missing</c>).</param>
    /// <param name="timeProvider">The clock of <c>created</c> and of signatures (default: the system clock).</param>
    public FakeStripe(Uri? emulatorBase, TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        if (emulatorBase is not null)
        {
            _emulator = new HttpClient { BaseAddress = emulatorBase, Timeout = TimeSpan.FromSeconds(30) };
        }
    }

    /// <summary>Raised (outside the fake's lock) after each event is recorded; the standalone server delivers them.</summary>
    public event EventHandler<FakeStripeEvent>? EventRecorded;

    /// <summary>The events recorded so far, oldest first.</summary>
    public IReadOnlyList<FakeStripeEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>The newest event of a type, or null.</summary>
    public FakeStripeEvent? LastEvent(string type)
    {
        lock (_lock)
        {
            return _events.LastOrDefault(e => e.Type == type);
        }
    }

    /// <summary>
    /// A handler for the HttpClient Stripe.net uses (<c>ConfigurePrimaryHttpMessageHandler(() =&gt; fake.CreateHandler())</c>);
    /// each call returns a new handler over this fake's state.
    /// </summary>
    public HttpMessageHandler CreateHandler() => new FakeStripeHandler(this);

    /// <summary>The next request whose method is <paramref name="method"/> and path starts with <paramref name="pathPrefix"/> fails with <paramref name="fault"/>.</summary>
    public void FailNext(string method, string pathPrefix, FakeStripeFault fault)
    {
        var armed = new ArmedFault(method.ToUpperInvariant(), pathPrefix, fault);
        lock (_lock)
        {
            _faults.Add(armed);
            _armedFaults.Add(armed);
        }
    }

    /// <summary>
    /// Completes when the fault last armed with <see cref="FailNext"/> for this method and path prefix has fired — for the
    /// faults after the effect, once the request was performed and its answer stored — with the JSON of that answer (the
    /// PaymentIntent made, the error stored; empty for <see cref="FakeStripeFault.TimeoutBeforeEffect"/>). Already completed
    /// when it fired before the call.
    /// </summary>
    /// <exception cref="InvalidOperationException">No such fault was armed.</exception>
    public Task<string> WhenFaultFired(string method, string pathPrefix)
    {
        lock (_lock)
        {
            return _armedFaults.LastOrDefault(f => f.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && f.PathPrefix == pathPrefix)?.Fired.Task
                ?? throw new InvalidOperationException($"No fault was armed for {method} {pathPrefix}.");
        }
    }

    /// <summary>How many requests with this method and a path starting with <paramref name="pathPrefix"/> the fake received (forwarded ones included).</summary>
    public int CountRequests(string method, string pathPrefix)
    {
        lock (_lock)
        {
            return _requests.Count(r => r.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The ids of the charges with <c>metadata[<paramref name="metadataKey"/>]</c> = <paramref name="metadataValue"/> on an
    /// account (null: the platform's), newest first: read from the emulator's charge list (so charges made without the
    /// fake count too), or from the fake's own made-up charges when it has no emulator.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListEmulatorChargeIdsAsync(string? account, string metadataKey, string metadataValue, CancellationToken cancellationToken = default)
    {
        if (_emulator is null)
        {
            lock (_lock)
            {
                return [.. _charges.Where(c => c.Account == account && c.Metadata.GetValueOrDefault(metadataKey) == metadataValue).Select(c => c.ChargeId).Reverse()];
            }
        }

        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var (status, body) = await EmulatorAsync(HttpMethod.Get, "/v1/charges?limit=100" + (after is null ? "" : "&starting_after=" + after), account, null, null, null, cancellationToken);
            if (status != 200 || body?["data"] is not JsonArray data)
            {
                throw new InvalidOperationException($"The emulator's charge list answered {status}: {body?.ToJsonString()}");
            }

            foreach (var charge in data)
            {
                if (charge?["metadata"]?[metadataKey]?.GetValue<string>() == metadataValue)
                {
                    ids.Add(charge["id"]!.GetValue<string>());
                }
            }

            if (body["has_more"]?.GetValue<bool>() != true || data.Count == 0)
            {
                return ids;
            }

            after = data[^1]!["id"]!.GetValue<string>();
        }
    }

    /// <summary>
    /// The <c>Stripe-Signature</c> header of a webhook body (DOMAIN.md §3.5): <c>t=&lt;unix seconds&gt;,v1=&lt;lowercase hex
    /// HMAC-SHA256 of "t.body" keyed with the whole whsec_ secret&gt;</c>.
    /// </summary>
    public string SignatureHeader(string body, string secret, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(secret);
        var t = (at ?? _time.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>POSTs an event's exact JSON to <paramref name="path"/>, signed (<c>Stripe-Signature</c>) as Stripe delivers webhooks.</summary>
    public async Task<HttpResponseMessage> DeliverAsync(HttpClient client, string path, FakeStripeEvent stripeEvent, string secret, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(stripeEvent);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(stripeEvent.Json, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", SignatureHeader(stripeEvent.Json, secret, at));
        request.Headers.UserAgent.ParseAdd("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
        return await client.SendAsync(request);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _emulator?.Dispose();
        _gate.Dispose();
    }

    internal async Task<HttpResponseMessage> HandleAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = await Call.ReadAsync(request, cancellationToken);
        ArmedFault? armed;
        lock (_lock)
        {
            _requests.Add((call.Method, call.Path));
            var index = _faults.FindIndex(f => f.Method == call.Method && call.Path.StartsWith(f.PathPrefix, StringComparison.Ordinal));
            armed = index < 0 ? null : _faults[index];
            if (index >= 0)
            {
                _faults.RemoveAt(index);
            }
        }

        var fault = armed?.Fault;
        if (fault == FakeStripeFault.TimeoutBeforeEffect)
        {
            armed!.Fired.TrySetResult(string.Empty);
            throw NetworkTimeout();
        }

        Answer answer;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            answer = await AnswerAsync(call, fault, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        RaisePendingEvents();
        armed?.Fired.TrySetResult(answer.Json);
        if (fault == FakeStripeFault.TimeoutAfterEffect)
        {
            throw NetworkTimeout();
        }

        if (fault == FakeStripeFault.HangAfterEffect)
        {
            // Never answered: the caller's cancellation (its time-out, or its connection closed when it died) ends the wait.
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        return answer.ToResponse(call.RequestId);
    }

    private async Task<Answer> AnswerAsync(Call call, FakeStripeFault? fault, CancellationToken cancellationToken)
    {
        var idempotencyKey = call.Method == "POST" && call.IdempotencyKey is { Length: > 0 } key ? $"{call.Account}\n{key}" : null;
        if (idempotencyKey is not null && _idempotency.TryGetValue(idempotencyKey, out var record))
        {
            return record.Fingerprint == call.Fingerprint
                ? record.Answer with { Replayed = true }
                : Error(400, "idempotency_error", $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{call.IdempotencyKey}' if you meant to execute a different request.");
        }

        var route = Route(call);
        Answer answer;
        if (fault == FakeStripeFault.ServerError)
        {
            answer = Error(500, "api_error", "An unknown error occurred (FakeStripe.FailNext).");
        }
        else if (route is null)
        {
            return await ForwardAsync(call, cancellationToken);
        }
        else
        {
            try
            {
                answer = await route(cancellationToken);
            }
            catch (StripeErrorException e)
            {
                answer = e.Answer;
            }
        }

        // Stripe saves the first answer once execution began, 500s included; not a request that failed validation (400).
        if (idempotencyKey is not null && answer.Status is not (400 or 401 or 429))
        {
            _idempotency[idempotencyKey] = new IdempotencyRecord(call.Fingerprint, answer);
        }

        return answer;
    }

    private async Task<Answer> ForwardAsync(Call call, CancellationToken cancellationToken)
    {
        if (_emulator is null)
        {
            return Error(404, "invalid_request_error", $"Unrecognized request URL ({call.Method}: {call.Path}).", "resource_missing");
        }

        using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path + call.Query);
        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(call.Body);
            if (call.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(call.ContentType);
            }
        }

        foreach (var (name, values) in call.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, values);
        }

        using var response = await _emulator.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var r) && r.Contains("true");

        // GET /v1/accounts/{id}: the flags set by UpdateAccountAsync override the emulator's.
        if (call.Method == "GET" && response.StatusCode == HttpStatusCode.OK
            && call.Path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["v1", "accounts", var accountId]
            && _accountFlags.TryGetValue(accountId, out var flags) && JsonNode.Parse(text) is JsonObject account)
        {
            ApplyAccountFlags(account, flags);
            text = account.ToJsonString(s_json);
        }

        // GET /v1/charges/{id} of a PaymentIntent's charge: the emulator's charges know no PaymentIntent; Stripe's do.
        if (call.Method == "GET" && response.StatusCode == HttpStatusCode.OK
            && call.Path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["v1", "charges", var chargeId]
            && _chargeIntents.TryGetValue(chargeId, out var intentId) && JsonNode.Parse(text) is JsonObject charge)
        {
            charge["payment_intent"] = intentId;
            text = charge.ToJsonString(s_json);
        }

        return new Answer((int)response.StatusCode, text, replayed);
    }

    /// <summary>A request to the emulator made by the fake itself, on an account (null: the platform's).</summary>
    private async Task<(int Status, JsonNode? Body)> EmulatorAsync(
        HttpMethod method, string pathAndQuery, string? account, string? authorization, IEnumerable<KeyValuePair<string, string>>? form, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Authorization", authorization ?? DefaultAuthorization);
        if (account is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Account", account);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        using var response = await _emulator!.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? body;
        try
        {
            body = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            body = new JsonObject { ["error"] = new JsonObject { ["type"] = "api_error", ["message"] = text } };
        }

        return ((int)response.StatusCode, body);
    }

    private static TaskCanceledException NetworkTimeout() =>
        new("The request was canceled due to the configured HttpClient.Timeout of 80 seconds elapsing (FakeStripe.FailNext).", new TimeoutException("The operation was canceled."));

    private long Now => _time.GetUtcNow().ToUnixTimeSeconds();

    private static string NewId(string prefix, int length = 24) =>
        prefix + new string(RandomNumberGenerator.GetItems("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".AsSpan(), length));

    private static Answer Error(int status, string type, string message, string? code = null, string? param = null, Action<JsonObject>? extra = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (code is not null)
        {
            error["code"] = code;
            error["doc_url"] = $"https://stripe.com/docs/error-codes/{code.Replace('_', '-')}";
        }

        if (param is not null)
        {
            error["param"] = param;
        }

        extra?.Invoke(error);
        return new Answer(status, new JsonObject { ["error"] = error }.ToJsonString(s_json));
    }

    private static StripeErrorException Fail(int status, string type, string message, string? code = null, string? param = null, Action<JsonObject>? extra = null) =>
        new(Error(status, type, message, code, param, extra));

    private static StripeErrorException Missing(string objectName, string id, string param) =>
        Fail(404, "invalid_request_error", $"No such {objectName}: '{id}'", "resource_missing", param);

    private static Answer Ok(JsonNode body) => new(200, body.ToJsonString(s_json));

    /// <summary>An answer: status and JSON body; <see cref="Replayed"/> marks an idempotent replay.</summary>
    private sealed record Answer(int Status, string Json, bool Replayed = false)
    {
        public HttpResponseMessage ToResponse(string requestId)
        {
            var response = new HttpResponseMessage((HttpStatusCode)Status)
            {
                Content = new StringContent(Json, Encoding.UTF8, "application/json"),
            };
            response.Headers.TryAddWithoutValidation("Request-Id", requestId);
            if (Replayed)
            {
                response.Headers.TryAddWithoutValidation("Idempotent-Replayed", "true");
            }

            return response;
        }
    }

    private sealed record IdempotencyRecord(string Fingerprint, Answer Answer);

    /// <summary>A fault armed by <see cref="FailNext"/>; <see cref="Fired"/> completes with the answer's JSON when it fires.</summary>
    private sealed record ArmedFault(string Method, string PathPrefix, FakeStripeFault Fault)
    {
        public TaskCompletionSource<string> Fired { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>A Stripe error answer thrown out of a route's handler.</summary>
    private sealed class StripeErrorException(Answer answer) : Exception(answer.Json)
    {
        public Answer Answer { get; } = answer;
    }

    /// <summary>An object the fake serves, in the account it was made in (null: the platform's).</summary>
    private sealed class StoredObject(string kind, string? account, JsonObject json, long sequence)
    {
        public string Kind { get; } = kind;

        public string? Account { get; } = account;

        public JsonObject Json { get; } = json;

        public long Sequence { get; } = sequence;

        public string Id => Json["id"]!.GetValue<string>();

        public string? Str(string name) => Json[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

        public long Long(string name) => Json[name] is JsonValue v && v.TryGetValue<long>(out var n) ? n : 0;

        /// <summary>A payment method's test card (changed by <see cref="DeclineChargesOf"/>).</summary>
        public TestCard? Card { get; set; }

        /// <summary>A PaymentIntent's amount refunded so far.</summary>
        public long Refunded { get; set; }
    }

    /// <summary>A request as the fake reads it.</summary>
    private sealed class Call
    {
        private static readonly string[] s_forwardedHeaders = ["Authorization", "Stripe-Account", "Idempotency-Key", "Stripe-Version", "User-Agent", "X-Stripe-Client-User-Agent"];

        public required string Method { get; init; }

        public required string Path { get; init; }

        public required string Query { get; init; }

        public required FormBody Params { get; init; }

        public byte[]? Body { get; init; }

        public string? ContentType { get; init; }

        public string? Account { get; init; }

        public string? IdempotencyKey { get; init; }

        public string? Authorization { get; init; }

        public required List<(string Name, string[] Values)> Headers { get; init; }

        public string RequestId { get; } = NewId("req_", 14);

        public string Fingerprint => $"{Method} {Path}\n{Params.Canonical}";

        public static async Task<Call> ReadAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            var uri = request.RequestUri!;
            var method = request.Method.Method.ToUpperInvariant();
            var query = uri.IsAbsoluteUri ? uri.Query : (uri.OriginalString.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? uri.OriginalString[q..] : "");
            var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
            string? Header(string name) => request.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
            return new Call
            {
                Method = method,
                Path = path,
                Query = query,
                Params = new FormBody(method is "GET" or "DELETE" || body is null ? query : Encoding.UTF8.GetString(body)),
                Body = body,
                ContentType = request.Content?.Headers.ContentType?.ToString(),
                Account = Header("Stripe-Account") is { Length: > 0 } account ? account : null,
                IdempotencyKey = Header("Idempotency-Key"),
                Authorization = Header("Authorization"),
                Headers = [.. s_forwardedHeaders.Where(h => request.Headers.Contains(h)).Select(h => (h, request.Headers.GetValues(h).ToArray()))],
            };
        }
    }
}
