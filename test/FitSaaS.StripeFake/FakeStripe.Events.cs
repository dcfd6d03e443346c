using System.Text.Json.Nodes;

namespace FitSaaS.Testing.Stripe;

// Events, and the test helpers that act as the customer, the card network or the dashboard would.
public sealed partial class FakeStripe
{
    private readonly List<FakeStripeEvent> _pending = [];

    /// <summary>
    /// Records an arbitrary event (e.g. <c>invoice.paid</c>, <c>customer.subscription.updated</c>) whose
    /// <c>data.object</c> is <paramref name="objectJson"/>, on a connected account (null: the platform's).
    /// </summary>
    public FakeStripeEvent RaiseEvent(string type, string? account, string objectJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        var data = JsonNode.Parse(objectJson) ?? throw new ArgumentException("The object's JSON is null.", nameof(objectJson));
        FakeStripeEvent recorded;
        lock (_lock)
        {
            recorded = Record(type, account, data, null);
        }

        RaisePendingEvents();
        return recorded;
    }

    /// <summary>
    /// The gym refunds (part of) a PaymentIntent's charge in its Stripe dashboard, not through FitSaaS: a refund of
    /// <paramref name="amount"/> (null: what is left) on <paramref name="account"/>, with the <c>charge.refunded</c> and
    /// <c>refund.created</c> events Stripe sends. Returns the refund's id (<c>re_…</c>).
    /// </summary>
    public async Task<string> RefundInDashboardAsync(string account, string paymentIntentId, long? amount = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(account);
        ArgumentException.ThrowIfNullOrEmpty(paymentIntentId);
        using var client = new HttpClient(CreateHandler());
        var form = new List<KeyValuePair<string, string>> { new("payment_intent", paymentIntentId), new("reason", "requested_by_customer") };
        if (amount is { } value)
        {
            form.Add(new("amount", value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "http://stripe.fake/v1/refunds") { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("Authorization", DefaultAuthorization);
        request.Headers.TryAddWithoutValidation("Stripe-Account", account);
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The dashboard refund failed: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    /// <summary>
    /// The customer finishes (<paramref name="succeed"/>) or fails 3-D Secure on a <c>requires_action</c> SetupIntent or
    /// PaymentIntent: it succeeds (a PaymentIntent's money moves) or goes back to <c>requires_payment_method</c> with an
    /// authentication error. Raises the events Stripe would.
    /// </summary>
    public async Task CompleteAuthenticationAsync(string intentId, bool succeed, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_objects.TryGetValue(intentId, out var intent) || intent.Kind is not ("setup_intent" or "payment_intent"))
            {
                throw new InvalidOperationException($"No SetupIntent or PaymentIntent '{intentId}'.");
            }

            if (intent.Str("status") != "requires_action")
            {
                throw new InvalidOperationException($"{intentId} is {intent.Str("status")}, not requires_action.");
            }

            var paymentMethod = _objects[intent.Str("payment_method")!];
            intent.Json["next_action"] = null;
            if (intent.Kind == "setup_intent")
            {
                if (succeed)
                {
                    SucceedSetup(intent, paymentMethod, null);
                }
                else
                {
                    intent.Json["status"] = "requires_payment_method";
                    intent.Json["payment_method"] = null;
                    intent.Json["last_setup_error"] = AuthenticationFailure("setup_intent_authentication_failure", paymentMethod);
                    RecordObject("setup_intent.setup_failed", intent, null);
                }
            }
            else if (succeed)
            {
                await SucceedPaymentAsync(intent, paymentMethod, null, cancellationToken);
            }
            else
            {
                intent.Json["status"] = "requires_payment_method";
                intent.Json["payment_method"] = null;
                intent.Json["last_payment_error"] = AuthenticationFailure("payment_intent_authentication_failure", paymentMethod);
                RecordObject("payment_intent.payment_failed", intent, null);
            }
        }
        finally
        {
            _gate.Release();
        }

        RaisePendingEvents();
    }

    /// <summary>
    /// The cardholder disputes a succeeded PaymentIntent's charge: a Dispute (<c>dp_…</c>, status <c>needs_response</c>)
    /// and <c>charge.dispute.created</c>. Returns the dispute's id.
    /// </summary>
    public string CreateDispute(string paymentIntentId, long amount, string reason)
    {
        string id;
        _gate.Wait();
        try
        {
            if (!_objects.TryGetValue(paymentIntentId, out var intent) || intent.Kind != "payment_intent" || intent.Str("latest_charge") is not { } charge)
            {
                throw new InvalidOperationException($"No succeeded PaymentIntent '{paymentIntentId}'.");
            }

            var dispute = StripeFixtures.Create("dispute");
            id = NewId("dp_");
            dispute["id"] = id;
            dispute["amount"] = amount;
            dispute["charge"] = charge;
            dispute["payment_intent"] = paymentIntentId;
            dispute["currency"] = intent.Str("currency");
            dispute["created"] = Now;
            dispute["reason"] = reason;
            dispute["status"] = "needs_response";
            dispute["is_charge_refundable"] = false;
            dispute["enhanced_eligibility_types"] = new JsonArray();
            dispute["evidence_details"]!["due_by"] = Now + (7 * 86400);
            if (_objects.GetValueOrDefault(intent.Str("payment_method") ?? "") is { Card: { } card })
            {
                dispute["payment_method_details"]!["card"]!["brand"] = card.Brand;
                dispute["payment_method_details"]!["card"]!["network"] = card.Brand;
                dispute["payment_method_details"]!["card"]!["case_type"] = "chargeback";
            }

            var stored = Store("dispute", intent.Account, dispute);
            RecordObject("charge.dispute.created", stored, null);
        }
        finally
        {
            _gate.Release();
        }

        RaisePendingEvents();
        return id;
    }

    /// <summary>Closes a dispute with a final status (<c>won</c>, <c>lost</c>, <c>warning_closed</c>): <c>charge.dispute.closed</c>.</summary>
    public void CloseDispute(string disputeId, string status)
    {
        _gate.Wait();
        try
        {
            if (!_objects.TryGetValue(disputeId, out var dispute) || dispute.Kind != "dispute")
            {
                throw new InvalidOperationException($"No dispute '{disputeId}'.");
            }

            dispute.Json["status"] = status;
            RecordObject("charge.dispute.closed", dispute, null);
        }
        finally
        {
            _gate.Release();
        }

        RaisePendingEvents();
    }

    /// <summary>
    /// The card behind a saved payment method (<c>pm_…</c>, any account) goes bad after it was saved — the issuer reports it
    /// lost or stolen, as happens between two renewals: from now on every charge with it is declined with
    /// <paramref name="declineCode"/> (<c>lost_card</c>, <c>stolen_card</c>…, error <c>card_declined</c>), as Stripe declines
    /// such a card. (Stripe's own lost and stolen test cards decline when saved already, so they cannot play this.)
    /// </summary>
    public void DeclineChargesOf(string paymentMethodId, string declineCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(paymentMethodId);
        ArgumentException.ThrowIfNullOrEmpty(declineCode);
        _gate.Wait();
        try
        {
            if (!_objects.TryGetValue(paymentMethodId, out var pm) || pm.Kind != "payment_method" || pm.Card is not { } card)
            {
                throw new InvalidOperationException($"No saved payment method '{paymentMethodId}'.");
            }

            pm.Card = card with { ChargeDeclineCode = declineCode, ThreeDSecure = ThreeDSecure.Never };
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The connected account's onboarding progressed: from now on <c>GET /v1/accounts/{id}</c> answers these flags, and
    /// <c>account.updated</c> is raised (on that account).
    /// </summary>
    public async Task UpdateAccountAsync(string accountId, bool chargesEnabled, bool payoutsEnabled, bool detailsSubmitted, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            JsonObject account;
            if (_emulator is null)
            {
                account = StripeFixtures.Create("account");
                account["id"] = accountId;
            }
            else
            {
                var (status, body) = await EmulatorAsync(HttpMethod.Get, $"/v1/accounts/{Uri.EscapeDataString(accountId)}", null, null, null, null, cancellationToken);
                account = status == 200 && body is JsonObject found ? found : throw new InvalidOperationException($"The emulator has no account '{accountId}' ({status}).");
            }

            var flags = (chargesEnabled, payoutsEnabled, detailsSubmitted);
            ApplyAccountFlags(account, flags);
            lock (_lock)
            {
                _accountFlags[accountId] = flags;
                Record("account.updated", accountId, account, null);
            }
        }
        finally
        {
            _gate.Release();
        }

        RaisePendingEvents();
    }

    private static void ApplyAccountFlags(JsonObject account, (bool ChargesEnabled, bool PayoutsEnabled, bool DetailsSubmitted) flags)
    {
        account["charges_enabled"] = flags.ChargesEnabled;
        account["payouts_enabled"] = flags.PayoutsEnabled;
        account["details_submitted"] = flags.DetailsSubmitted;
        if (flags.ChargesEnabled && flags.PayoutsEnabled && flags.DetailsSubmitted && account["requirements"] is JsonObject requirements)
        {
            requirements["currently_due"] = new JsonArray();
            requirements["eventually_due"] = new JsonArray();
            requirements["past_due"] = new JsonArray();
            requirements["disabled_reason"] = null;
        }
    }

    private static JsonObject AuthenticationFailure(string code, StoredObject paymentMethod) => new()
    {
        ["type"] = "invalid_request_error",
        ["code"] = code,
        ["doc_url"] = $"https://stripe.com/docs/error-codes/{code.Replace('_', '-')}",
        ["message"] = "We are unable to authenticate your payment method. Please choose a different payment method and try again.",
        ["payment_method"] = paymentMethod.Json.DeepClone(),
    };

    /// <summary>Records an event whose object is a stored object's JSON as it is now (call inside the gate).</summary>
    private void RecordObject(string type, StoredObject stored, Call? call)
    {
        lock (_lock)
        {
            Record(type, stored.Account, stored.Json.DeepClone(), call);
        }
    }

    /// <summary>Builds and stores an event (call under <see cref="_lock"/>); <see cref="RaisePendingEvents"/> announces it later.</summary>
    private FakeStripeEvent Record(string type, string? account, JsonNode data, Call? call)
    {
        var stripeEvent = StripeFixtures.Create("event");
        var id = NewId("evt_");
        stripeEvent["id"] = id;
        stripeEvent["api_version"] = global::Stripe.StripeConfiguration.ApiVersion;
        stripeEvent["created"] = Now;
        stripeEvent["data"] = new JsonObject { ["object"] = data };
        stripeEvent["livemode"] = false;
        stripeEvent["pending_webhooks"] = 1;
        stripeEvent["request"] = new JsonObject { ["id"] = call?.RequestId, ["idempotency_key"] = call?.IdempotencyKey };
        stripeEvent["type"] = type;
        if (account is not null)
        {
            stripeEvent["account"] = account;
        }

        var recorded = new FakeStripeEvent(id, type, account, stripeEvent.ToJsonString(s_json));
        _events.Add(recorded);
        _pending.Add(recorded);
        return recorded;
    }

    private void RaisePendingEvents()
    {
        FakeStripeEvent[] pending;
        lock (_lock)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        foreach (var recorded in pending)
        {
            EventRecorded?.Invoke(this, recorded);
        }
    }
}
