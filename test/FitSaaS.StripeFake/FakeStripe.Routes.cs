using System.Globalization;
using System.Text.Json.Nodes;

namespace FitSaaS.Testing.Stripe;

// The routes the fake serves itself (every other request goes to the emulator), run one at a time under _gate.
public sealed partial class FakeStripe
{
    private Func<CancellationToken, Task<Answer>>? Route(Call c) =>
        (c.Method, c.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)) switch
        {
            ("DELETE", ["v1", "customers", var id]) => ct => DeleteCustomerAsync(c, id, ct),
            ("GET", ["v1", "customers", var id]) when IsDeletedCustomer(c, id) => _ => Task.FromResult(Ok(DeletedCustomer(id))),
            (_, ["v1", "customers", var id, ..]) when IsDeletedCustomer(c, id) => _ => throw Missing("customer", id, "id"),
            ("GET", ["v1", "payment_methods", var id]) => _ => Task.FromResult(Ok(ResolvePaymentMethod(c, id, "payment_method").Json)),
            ("POST", ["v1", "payment_methods", var id, "attach"]) => ct => AttachAsync(c, id, ct),
            ("POST", ["v1", "payment_methods", var id, "detach"]) => _ => Task.FromResult(Detach(c, id)),
            ("GET", ["v1", "customers", var id, "payment_methods"]) => ct => ListPaymentMethodsAsync(c, id, ct),
            ("GET", ["v1", "payment_methods"]) when c.Params["customer"] is { } customer => ct => ListPaymentMethodsAsync(c, customer, ct),
            ("POST", ["v1", "setup_intents"]) => ct => CreateSetupIntentAsync(c, ct),
            ("GET", ["v1", "setup_intents", var id]) => _ => Task.FromResult(Ok(Find(c, id, "setup_intent", "intent").Json)),
            ("POST", ["v1", "setup_intents", var id, "confirm"]) => _ => Task.FromResult(ConfirmSetupIntent(c, Find(c, id, "setup_intent", "intent"))),
            ("POST", ["v1", "setup_intents", var id, "cancel"]) => _ => Task.FromResult(CancelIntent(c, Find(c, id, "setup_intent", "intent"))),
            ("POST", ["v1", "payment_intents"]) => ct => CreatePaymentIntentAsync(c, ct),
            ("GET", ["v1", "payment_intents"]) => _ => Task.FromResult(ListPaymentIntents(c)),
            ("GET", ["v1", "payment_intents", var id]) => _ => Task.FromResult(Ok(Find(c, id, "payment_intent", "intent").Json)),
            ("POST", ["v1", "payment_intents", var id]) => _ => Task.FromResult(UpdatePaymentIntent(c, Find(c, id, "payment_intent", "intent"))),
            ("POST", ["v1", "payment_intents", var id, "confirm"]) => ct => ConfirmPaymentIntentAsync(c, Find(c, id, "payment_intent", "intent"), ct),
            ("POST", ["v1", "payment_intents", var id, "cancel"]) => _ => Task.FromResult(CancelIntent(c, Find(c, id, "payment_intent", "intent"))),
            ("POST", ["v1", "refunds"]) when IsFakeRefund(c) => ct => CreateRefundAsync(c, ct),
            ("GET", ["v1", "refunds", var id]) when _objects.ContainsKey(id) => _ => Task.FromResult(Ok(Find(c, id, "refund", "id").Json)),
            ("GET", ["v1", "disputes", var id]) when _objects.ContainsKey(id) => _ => Task.FromResult(Ok(Find(c, id, "dispute", "id").Json)),
            ("POST", ["v1", "subscriptions"]) => ct => CreateSubscriptionAsync(c, ct),
            ("GET", ["v1", "subscriptions", var id]) => _ => Task.FromResult(Ok(Find(c, id, "subscription", "id").Json)),
            ("POST", ["v1", "subscriptions", var id]) => _ => Task.FromResult(UpdateSubscription(c, Find(c, id, "subscription", "id"))),
            ("DELETE", ["v1", "subscriptions", var id]) => _ => Task.FromResult(CancelSubscription(c, Find(c, id, "subscription", "id"))),
            ("POST", ["v1", "account_links"]) => ct => CreateAccountLinkAsync(c, ct),
            ("GET", ["v1", "events"]) => _ => Task.FromResult(ListEvents(c)),
            ("GET", ["v1", "events", var id]) => _ => Task.FromResult(GetEvent(c, id)),
            _ => null,
        };

    // ---- Objects and lookups ----

    private StoredObject Store(string kind, string? account, JsonObject json, TestCard? card = null)
    {
        var stored = new StoredObject(kind, account, json, ++_sequence) { Card = card };
        _objects[stored.Id] = stored;
        return stored;
    }

    /// <summary>An object of the request's account; another account's is missing, as with Connect direct charges.</summary>
    private StoredObject Find(Call c, string id, string kind, string param) =>
        _objects.TryGetValue(id, out var stored) && stored.Kind == kind && stored.Account == c.Account
            ? stored
            : throw Missing(kind, id, param);

    private static JsonObject Metadata(FormBody p) =>
        new(p.Hash("metadata").Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));

    /// <summary><c>payment_method_types[]</c>, or <c>allowed_payment_method_types[]</c> as Stripe.net 53 sends it (default card).</summary>
    private static void SetPaymentMethodTypes(JsonObject intent, FormBody p)
    {
        var allowed = p.Array("allowed_payment_method_types");
        var types = p.Array("payment_method_types") is { Count: > 0 } given ? given : allowed.Count > 0 ? allowed : ["card"];
        intent["payment_method_types"] = new JsonArray([.. types.Select(t => (JsonNode)t)]);
        if (allowed.Count > 0)
        {
            intent["allowed_payment_method_types"] = new JsonArray([.. allowed.Select(t => (JsonNode)t)]);
        }
    }

    private static long RequiredAmount(FormBody p, string name = "amount") =>
        p.Long(name) switch
        {
            null => throw Fail(400, "invalid_request_error", $"Missing required param: {name}.", "parameter_missing", name),
            < 1 => throw Fail(400, "invalid_request_error", "Invalid positive integer", "parameter_invalid_integer", name),
            var n => n.Value,
        };

    private async Task EnsureCustomerAsync(Call c, string customer, string param, CancellationToken cancellationToken)
    {
        if (IsDeletedCustomer(c, customer))
        {
            throw Missing("customer", customer, param);
        }

        if (_emulator is null)
        {
            return;
        }

        var (status, _) = await EmulatorAsync(HttpMethod.Get, $"/v1/customers/{Uri.EscapeDataString(customer)}", c.Account, c.Authorization, null, null, cancellationToken);
        if (status != 200)
        {
            throw Missing("customer", customer, param);
        }
    }

    // ---- Customers (the emulator keeps them but cannot delete them) ----

    /// <summary>
    /// <c>DELETE /v1/customers/{id}</c>: the customer is deleted on the request's account (its cards go with it) and answers
    /// <c>{"id", "object": "customer", "deleted": true}</c>; afterwards a GET answers that too and every other request on it
    /// answers 404 <c>resource_missing</c>, as Stripe does.
    /// </summary>
    private async Task<Answer> DeleteCustomerAsync(Call c, string id, CancellationToken cancellationToken)
    {
        await EnsureCustomerAsync(c, id, "id", cancellationToken);
        _deletedCustomers.Add((c.Account, id));
        foreach (var pm in _objects.Values.Where(o => o.Kind == "payment_method" && o.Account == c.Account && o.Str("customer") == id))
        {
            pm.Json["customer"] = null;
        }

        return Ok(DeletedCustomer(id));
    }

    private bool IsDeletedCustomer(Call c, string id) => _deletedCustomers.Contains((c.Account, id));

    private static JsonObject DeletedCustomer(string id) => new() { ["id"] = id, ["object"] = "customer", ["deleted"] = true };

    // ---- PaymentMethods ----

    /// <summary>A stored payment method, or a new one made from a test id (<c>pm_card_visa</c>), as Stripe does.</summary>
    private StoredObject ResolvePaymentMethod(Call c, string id, string param)
    {
        if (TestCard.Find(id) is not { } card)
        {
            return Find(c, id, "payment_method", param);
        }

        var pm = StripeFixtures.Create("payment_method");
        pm["id"] = NewId("pm_");
        pm["created"] = Now;
        pm["customer"] = null;
        pm["metadata"] = new JsonObject();
        pm["billing_details"] = new JsonObject
        {
            ["address"] = new JsonObject { ["city"] = null, ["country"] = null, ["line1"] = null, ["line2"] = null, ["postal_code"] = null, ["state"] = null },
            ["email"] = null,
            ["name"] = null,
            ["phone"] = null,
            ["tax_id"] = null,
        };
        var details = pm["card"]!.AsObject();
        details["brand"] = card.Brand;
        details["display_brand"] = card.Brand;
        details["last4"] = card.Last4;
        details["exp_month"] = 12;
        details["exp_year"] = _time.GetUtcNow().Year + 3;
        details["fingerprint"] = card.Fingerprint;
        details["funding"] = "credit";
        details["country"] = "US";
        details["generated_from"] = null;
        details["wallet"] = null;
        details["networks"] = new JsonObject { ["available"] = new JsonArray(card.Brand), ["preferred"] = null };
        return Store("payment_method", c.Account, pm, card);
    }

    private async Task<Answer> AttachAsync(Call c, string id, CancellationToken cancellationToken)
    {
        var customer = c.Params["customer"] ?? throw Fail(400, "invalid_request_error", "Missing required param: customer.", "parameter_missing", "customer");
        await EnsureCustomerAsync(c, customer, "customer", cancellationToken);
        var pm = ResolvePaymentMethod(c, id, "payment_method");
        if (pm.Str("customer") is { } attached)
        {
            throw Fail(400, "invalid_request_error", $"The payment method you provided has already been attached to a customer ({attached}).", "payment_method_unexpected_state");
        }

        if (pm.Card is { DeclinesOnSetup: true } card)
        {
            throw CardDeclined(card, card.ChargeDeclineCode!, null);
        }

        Attach(pm, customer, c);
        return Ok(pm.Json);
    }

    private void Attach(StoredObject pm, string customer, Call? c)
    {
        pm.Json["customer"] = customer;
        RecordObject("payment_method.attached", pm, c);
    }

    private Answer Detach(Call c, string id)
    {
        var pm = Find(c, id, "payment_method", "payment_method");
        if (pm.Str("customer") is null)
        {
            throw Fail(400, "invalid_request_error", "The payment method you provided is not attached to a customer so detachment is impossible.", "payment_method_unexpected_state");
        }

        pm.Json["customer"] = null;
        RecordObject("payment_method.detached", pm, c);
        return Ok(pm.Json);
    }

    private async Task<Answer> ListPaymentMethodsAsync(Call c, string customer, CancellationToken cancellationToken)
    {
        await EnsureCustomerAsync(c, customer, "customer", cancellationToken);
        var type = c.Params["type"];
        var url = c.Path.StartsWith("/v1/customers/", StringComparison.Ordinal) ? $"/v1/customers/{customer}/payment_methods" : "/v1/payment_methods";
        return List(c, url, o => o.Kind == "payment_method" && o.Str("customer") == customer && (type is null || o.Str("type") == type));
    }

    /// <summary>A Stripe list of the account's matching objects, newest first, with <c>limit</c>, <c>starting_after</c> and <c>ending_before</c>.</summary>
    private Answer List(Call c, string url, Func<StoredObject, bool> filter)
    {
        var items = _objects.Values.Where(o => o.Account == c.Account && filter(o)).OrderByDescending(o => o.Sequence).ToList();
        if (c.Params["starting_after"] is { } after)
        {
            items = [.. items.SkipWhile(o => o.Id != after).Skip(1)];
        }
        else if (c.Params["ending_before"] is { } before)
        {
            items = [.. items.TakeWhile(o => o.Id != before)];
        }

        var limit = (int)Math.Clamp(c.Params.Long("limit") ?? 10, 1, 100);
        var data = new JsonArray([.. items.Take(limit).Select(o => o.Json.DeepClone())]);
        return Ok(new JsonObject { ["object"] = "list", ["data"] = data, ["has_more"] = items.Count > limit, ["url"] = url });
    }

    // ---- SetupIntents ----

    private async Task<Answer> CreateSetupIntentAsync(Call c, CancellationToken cancellationToken)
    {
        var p = c.Params;
        if (p["customer"] is { } customer)
        {
            await EnsureCustomerAsync(c, customer, "customer", cancellationToken);
        }

        var usage = p["usage"] ?? "off_session";
        if (usage is not ("off_session" or "on_session"))
        {
            throw Fail(400, "invalid_request_error", $"Invalid usage: must be one of off_session or on_session.", "parameter_invalid_string", "usage");
        }

        var pm = p["payment_method"] is { } pmId ? ResolvePaymentMethod(c, pmId, "payment_method") : null;
        var si = StripeFixtures.Create("setup_intent");
        var id = NewId("seti_");
        si["id"] = id;
        si["client_secret"] = $"{id}_secret_{NewId("", 25)}";
        si["created"] = Now;
        si["customer"] = p["customer"];
        si["description"] = p["description"];
        si["last_setup_error"] = null;
        si["next_action"] = null;
        si["metadata"] = Metadata(p);
        si["payment_method"] = pm?.Id;
        si["payment_method_configuration_details"] = null;
        si["automatic_payment_methods"] = p.Bool("automatic_payment_methods[enabled]") ? new JsonObject { ["allow_redirects"] = "always", ["enabled"] = true } : null;
        SetPaymentMethodTypes(si, p);
        si["status"] = pm is null ? "requires_payment_method" : "requires_confirmation";
        si["usage"] = usage;
        var stored = Store("setup_intent", c.Account, si);
        RecordObject("setup_intent.created", stored, c);
        return p.Bool("confirm") ? ConfirmSetupIntent(c, stored) : Ok(si);
    }

    private Answer ConfirmSetupIntent(Call c, StoredObject si)
    {
        if (si.Str("status") is not ("requires_payment_method" or "requires_confirmation" or "requires_action"))
        {
            throw Fail(400, "invalid_request_error", $"This SetupIntent's status is {si.Str("status")}: it cannot be confirmed.", "setup_intent_unexpected_state", extra: e => e["setup_intent"] = si.Json.DeepClone());
        }

        var pmId = (c.Path.EndsWith("/confirm", StringComparison.Ordinal) ? c.Params["payment_method"] : null) ?? si.Str("payment_method")
            ?? throw Fail(400, "invalid_request_error", "You cannot confirm this SetupIntent because it's missing a payment method. Update it with a payment method, then confirm it again.", "setup_intent_unexpected_state");
        var pm = ResolvePaymentMethod(c, pmId, "payment_method");
        var card = pm.Card!;
        si.Json["last_setup_error"] = null;
        si.Json["payment_method"] = pm.Id;
        if (card.DeclinesOnSetup)
        {
            si.Json["status"] = "requires_payment_method";
            si.Json["payment_method"] = null;
            var declined = CardDeclined(card, card.ChargeDeclineCode!, null);
            si.Json["last_setup_error"] = ErrorObject(declined)!.DeepClone();
            RecordObject("setup_intent.setup_failed", si, c);
            throw CardDeclined(card, card.ChargeDeclineCode!, e => e["setup_intent"] = si.Json.DeepClone());
        }

        if (card.ThreeDSecure != ThreeDSecure.Never)
        {
            RequireAction(si);
            RecordObject("setup_intent.requires_action", si, c);
            return Ok(si.Json);
        }

        SucceedSetup(si, pm, c);
        return Ok(si.Json);
    }

    private void SucceedSetup(StoredObject si, StoredObject pm, Call? c)
    {
        si.Json["status"] = "succeeded";
        si.Json["payment_method"] = pm.Id;
        if (si.Str("customer") is { } customer && pm.Str("customer") is null)
        {
            Attach(pm, customer, c);
        }

        RecordObject("setup_intent.succeeded", si, c);
    }

    private static void RequireAction(StoredObject intent)
    {
        intent.Json["status"] = "requires_action";
        intent.Json["next_action"] = new JsonObject
        {
            ["type"] = "use_stripe_sdk",
            ["use_stripe_sdk"] = new JsonObject
            {
                ["type"] = "three_d_secure_redirect",
                ["stripe_js"] = $"https://hooks.stripe.com/redirect/authenticate/src_fake?client_secret={intent.Str("client_secret")}",
                ["source"] = "src_fake",
            },
        };
    }

    private Answer CancelIntent(Call c, StoredObject intent)
    {
        var isPayment = intent.Kind == "payment_intent";
        if (intent.Str("status") is "succeeded" or "canceled")
        {
            var code = isPayment ? "payment_intent_unexpected_state" : "setup_intent_unexpected_state";
            throw Fail(400, "invalid_request_error", $"You cannot cancel this {(isPayment ? "PaymentIntent" : "SetupIntent")} because it has a status of {intent.Str("status")}.", code);
        }

        intent.Json["status"] = "canceled";
        intent.Json["next_action"] = null;
        intent.Json["cancellation_reason"] = c.Params["cancellation_reason"];
        if (isPayment)
        {
            intent.Json["canceled_at"] = Now;
        }

        RecordObject(isPayment ? "payment_intent.canceled" : "setup_intent.canceled", intent, c);
        return Ok(intent.Json);
    }

    // ---- PaymentIntents ----

    private async Task<Answer> CreatePaymentIntentAsync(Call c, CancellationToken cancellationToken)
    {
        var p = c.Params;
        var amount = RequiredAmount(p);
        var currency = p["currency"]?.ToLowerInvariant() ?? throw Fail(400, "invalid_request_error", "Missing required param: currency.", "parameter_missing", "currency");
        if (p["capture_method"] is { } capture && capture != "automatic")
        {
            throw Fail(400, "invalid_request_error", "FakeStripe supports capture_method=automatic only.", "parameter_invalid_string", "capture_method");
        }

        if (p["customer"] is { } customer)
        {
            await EnsureCustomerAsync(c, customer, "customer", cancellationToken);
        }

        var pm = p["payment_method"] is { } pmId ? ResolvePaymentMethod(c, pmId, "payment_method") : null;
        var pi = StripeFixtures.Create("payment_intent");
        var id = NewId("pi_");
        pi["id"] = id;
        pi["amount"] = amount;
        pi["amount_received"] = 0;
        pi["automatic_payment_methods"] = p.Bool("automatic_payment_methods[enabled]") ? new JsonObject { ["allow_redirects"] = "always", ["enabled"] = true } : null;
        pi["canceled_at"] = null;
        pi["client_secret"] = $"{id}_secret_{NewId("", 25)}";
        pi["created"] = Now;
        pi["currency"] = currency;
        pi["customer"] = p["customer"];
        pi["description"] = p["description"];
        pi["last_payment_error"] = null;
        pi["metadata"] = Metadata(p);
        pi["next_action"] = null;
        pi["payment_method"] = pm?.Id;
        pi["payment_method_configuration_details"] = null;
        SetPaymentMethodTypes(pi, p);
        pi["processing"] = null;
        pi["setup_future_usage"] = p["setup_future_usage"];
        pi["shipping"] = null;
        pi["statement_descriptor_suffix"] = p["statement_descriptor_suffix"];
        pi["application_fee_amount"] = p.Long("application_fee_amount");
        pi["status"] = pm is null ? "requires_payment_method" : "requires_confirmation";
        pi["transfer_data"] = null;
        pi.Remove("managed_payments");
        var stored = Store("payment_intent", c.Account, pi);
        RecordObject("payment_intent.created", stored, c);
        return p.Bool("confirm") ? await ConfirmPaymentIntentAsync(c, stored, cancellationToken) : Ok(pi);
    }

    private async Task<Answer> ConfirmPaymentIntentAsync(Call c, StoredObject pi, CancellationToken cancellationToken)
    {
        if (pi.Str("status") is not ("requires_payment_method" or "requires_confirmation" or "requires_action"))
        {
            throw Fail(400, "invalid_request_error", $"This PaymentIntent's status is {pi.Str("status")}: it cannot be confirmed.", "payment_intent_unexpected_state", extra: e => e["payment_intent"] = pi.Json.DeepClone());
        }

        var pmId = (c.Path.EndsWith("/confirm", StringComparison.Ordinal) ? c.Params["payment_method"] : null) ?? pi.Str("payment_method")
            ?? throw Fail(400, "invalid_request_error", "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.", "payment_intent_unexpected_state");
        var pm = ResolvePaymentMethod(c, pmId, "payment_method");
        if (pm.Str("customer") is { } owner && owner != pi.Str("customer"))
        {
            throw Fail(400, "invalid_request_error", $"The provided PaymentMethod belongs to customer {owner}, not to this PaymentIntent's customer.", "payment_intent_invalid_parameter", "payment_method");
        }

        var card = pm.Card!;
        var offSession = c.Params.Bool("off_session") || c.Params["off_session"] is "one_off" or "recurring";
        pi.Json["payment_method"] = pm.Id;
        pi.Json["last_payment_error"] = null;
        if (card.ThreeDSecure == ThreeDSecure.Always || (card.ThreeDSecure == ThreeDSecure.OnSetup && !offSession))
        {
            if (offSession)
            {
                throw Decline(c, pi, pm, card, "authentication_required");
            }

            RequireAction(pi);
            RecordObject("payment_intent.requires_action", pi, c);
            return Ok(pi.Json);
        }

        if (card.ChargeDeclineCode is { } declineCode)
        {
            throw Decline(c, pi, pm, card, declineCode);
        }

        await SucceedPaymentAsync(pi, pm, c, cancellationToken);
        return Ok(pi.Json);
    }

    /// <summary>A declined payment: the intent goes back to requires_payment_method with <c>last_payment_error</c>; 402 card_error.</summary>
    private StripeErrorException Decline(Call c, StoredObject pi, StoredObject pm, TestCard card, string declineCode)
    {
        var code = declineCode == "authentication_required" ? "authentication_required" : card.ErrorCode;
        pi.Json["status"] = "requires_payment_method";
        pi.Json["payment_method"] = null;
        pi.Json["next_action"] = null;
        var error = ErrorObject(CardError(code, declineCode, pm, null))!.DeepClone().AsObject();
        pi.Json["last_payment_error"] = error;
        RecordObject("payment_intent.payment_failed", pi, c);
        return CardError(code, declineCode, pm, e => e["payment_intent"] = pi.Json.DeepClone());
    }

    private static StripeErrorException CardDeclined(TestCard card, string declineCode, Action<JsonObject>? extra) =>
        CardError(card.ErrorCode, declineCode, null, extra);

    private static StripeErrorException CardError(string code, string declineCode, StoredObject? pm, Action<JsonObject>? extra) =>
        Fail(402, "card_error", TestCard.DeclineMessage(declineCode), code, extra: e =>
        {
            e["decline_code"] = declineCode;
            if (pm is not null)
            {
                e["payment_method"] = pm.Json.DeepClone();
            }

            extra?.Invoke(e);
        });

    private static JsonNode? ErrorObject(StripeErrorException e) => JsonNode.Parse(e.Answer.Json)!["error"];

    /// <summary>The money moves: an emulator charge on the intent's account (idempotent per intent); the intent succeeds.</summary>
    private async Task SucceedPaymentAsync(StoredObject pi, StoredObject pm, Call? c, CancellationToken cancellationToken)
    {
        var metadata = pi.Json["metadata"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value?.GetValue<string>() ?? "");
        metadata["payment_intent"] = pi.Id;
        string chargeId;
        if (_emulator is null)
        {
            chargeId = NewId("ch_");
        }
        else
        {
            var form = new List<KeyValuePair<string, string>>
            {
                new("amount", pi.Long("amount").ToString(CultureInfo.InvariantCulture)),
                new("currency", pi.Str("currency")!),
                new("source", pm.Card!.EmulatorToken),
            };
            if (pi.Str("description") is { } description)
            {
                form.Add(new("description", description));
            }

            form.AddRange(metadata.Select(kv => KeyValuePair.Create($"metadata[{kv.Key}]", kv.Value)));
            var (status, body) = await EmulatorAsync(HttpMethod.Post, "/v1/charges", pi.Account, c?.Authorization, form, $"fakestripe-charge-{pi.Id}", cancellationToken);
            if (status != 200)
            {
                throw new StripeErrorException(new Answer(status >= 400 ? status : 500, body?.ToJsonString(s_json) ?? "{}"));
            }

            chargeId = body!["id"]!.GetValue<string>();
        }

        lock (_lock)
        {
            _charges.Add((pi.Account, chargeId, metadata));
        }

        _chargeIntents[chargeId] = pi.Id;
        pi.Json["status"] = "succeeded";
        pi.Json["next_action"] = null;
        pi.Json["payment_method"] = pm.Id;
        pi.Json["amount_received"] = pi.Long("amount");
        pi.Json["latest_charge"] = chargeId;
        if (pi.Str("setup_future_usage") is not null && pi.Str("customer") is { } customer && pm.Str("customer") is null)
        {
            Attach(pm, customer, c);
        }

        RecordObject("payment_intent.succeeded", pi, c);
    }

    private static Answer UpdatePaymentIntent(Call c, StoredObject pi)
    {
        var metadata = pi.Json["metadata"]!.AsObject();
        foreach (var (key, value) in c.Params.Hash("metadata"))
        {
            if (value.Length == 0)
            {
                metadata.Remove(key);
            }
            else
            {
                metadata[key] = value;
            }
        }

        if (c.Params.Has("description"))
        {
            pi.Json["description"] = c.Params["description"];
        }

        return Ok(pi.Json);
    }

    private Answer ListPaymentIntents(Call c)
    {
        var customer = c.Params["customer"];
        return List(c, "/v1/payment_intents", o => o.Kind == "payment_intent" && (customer is null || o.Str("customer") == customer));
    }

    // ---- Refunds ----

    private bool IsFakeRefund(Call c) =>
        c.Params["payment_intent"] is not null || (c.Params["charge"] is { } charge && _chargeIntents.ContainsKey(charge));

    private async Task<Answer> CreateRefundAsync(Call c, CancellationToken cancellationToken)
    {
        var p = c.Params;
        var pi = p["payment_intent"] is { } piId ? Find(c, piId, "payment_intent", "payment_intent") : Find(c, _chargeIntents[p["charge"]!], "payment_intent", "charge");
        var chargeId = pi.Str("latest_charge");
        if (pi.Str("status") != "succeeded" || chargeId is null)
        {
            throw Fail(400, "invalid_request_error", $"This PaymentIntent ({pi.Id}) does not have a successful charge to refund.", "charge_not_refundable", "payment_intent");
        }

        var remaining = pi.Long("amount_received") - pi.Refunded;
        if (remaining <= 0)
        {
            throw Fail(400, "invalid_request_error", $"Charge {chargeId} has already been refunded.", "charge_already_refunded");
        }

        var amount = p.Has("amount") ? RequiredAmount(p) : remaining;
        if (amount > remaining)
        {
            throw Fail(400, "invalid_request_error", $"Refund amount ({amount}) is greater than unrefunded amount on charge ({remaining}).", param: "amount");
        }

        var refund = StripeFixtures.Create("refund");
        JsonObject? charge = null;
        if (_emulator is null)
        {
            refund["id"] = NewId("re_");
            refund["balance_transaction"] = NewId("txn_");
        }
        else
        {
            var form = new List<KeyValuePair<string, string>>
            {
                new("charge", chargeId),
                new("amount", amount.ToString(CultureInfo.InvariantCulture)),
            };
            if (p["reason"] is { } reason)
            {
                form.Add(new("reason", reason));
            }

            form.AddRange(p.Hash("metadata").Select(kv => KeyValuePair.Create($"metadata[{kv.Key}]", kv.Value)));
            var (status, body) = await EmulatorAsync(HttpMethod.Post, "/v1/refunds", c.Account, c.Authorization, form, c.IdempotencyKey, cancellationToken);
            if (status != 200)
            {
                return new Answer(status, body?.ToJsonString(s_json) ?? "{}");
            }

            refund["id"] = body!["id"]!.GetValue<string>();
            refund["balance_transaction"] = body["balance_transaction"]?.DeepClone();
            var (chargeStatus, chargeBody) = await EmulatorAsync(HttpMethod.Get, $"/v1/charges/{chargeId}", c.Account, c.Authorization, null, null, cancellationToken);
            charge = chargeStatus == 200 ? chargeBody as JsonObject : null;
        }

        pi.Refunded += amount;
        refund["amount"] = amount;
        refund["charge"] = chargeId;
        refund["created"] = Now;
        refund["currency"] = pi.Str("currency");
        refund["metadata"] = Metadata(p);
        refund["payment_intent"] = pi.Id;
        refund["payment_method"] = pi.Str("payment_method");
        refund["customer"] = pi.Str("customer");
        refund["reason"] = p["reason"];
        refund["status"] = "succeeded";
        var stored = Store("refund", c.Account, refund);

        charge ??= new JsonObject { ["id"] = chargeId, ["object"] = "charge", ["amount"] = pi.Long("amount"), ["currency"] = pi.Str("currency") };
        charge["payment_intent"] = pi.Id;
        charge["amount_refunded"] = pi.Refunded;
        charge["refunded"] = pi.Refunded >= pi.Long("amount");
        lock (_lock)
        {
            Record("charge.refunded", c.Account, charge, c);
        }

        RecordObject("refund.created", stored, c);
        return Ok(refund);
    }

    // ---- Connect ----

    private async Task<Answer> CreateAccountLinkAsync(Call c, CancellationToken cancellationToken)
    {
        var p = c.Params;
        var account = p["account"] ?? throw Fail(400, "invalid_request_error", "Missing required param: account.", "parameter_missing", "account");
        var type = p["type"] ?? throw Fail(400, "invalid_request_error", "Missing required param: type.", "parameter_missing", "type");
        if (type is not ("account_onboarding" or "account_update"))
        {
            throw Fail(400, "invalid_request_error", "Invalid type: must be one of account_onboarding or account_update.", "parameter_invalid_string", "type");
        }

        if (_emulator is not null)
        {
            var (status, _) = await EmulatorAsync(HttpMethod.Get, $"/v1/accounts/{Uri.EscapeDataString(account)}", null, c.Authorization, null, null, cancellationToken);
            if (status != 200)
            {
                throw Missing("account", account, "account");
            }
        }

        var link = StripeFixtures.Create("account_link");
        link["created"] = Now;
        link["expires_at"] = Now + 300;
        link["url"] = $"https://connect.stripe.com/setup/s/{account}/{NewId("", 12)}";
        return Ok(link);
    }

    // ---- Events ----

    private Answer ListEvents(Call c)
    {
        var type = c.Params["type"];
        var limit = (int)Math.Clamp(c.Params.Long("limit") ?? 10, 1, 100);
        List<FakeStripeEvent> events;
        lock (_lock)
        {
            events = [.. _events.Where(e => e.Account == c.Account && (type is null || e.Type == type)).Reverse()];
        }

        var data = new JsonArray([.. events.Take(limit).Select(e => JsonNode.Parse(e.Json))]);
        return Ok(new JsonObject { ["object"] = "list", ["data"] = data, ["has_more"] = events.Count > limit, ["url"] = "/v1/events" });
    }

    private Answer GetEvent(Call c, string id)
    {
        lock (_lock)
        {
            return _events.FirstOrDefault(e => e.Id == id && e.Account == c.Account) is { } found
                ? new Answer(200, found.Json)
                : throw Missing("event", id, "id");
        }
    }
}
