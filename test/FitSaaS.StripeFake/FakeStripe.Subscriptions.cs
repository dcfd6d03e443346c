using System.Text.Json.Nodes;

namespace FitSaaS.Testing.Stripe;

// Stripe Billing subscriptions, served by the fake: the emulator's subscriptions need a plan per item and have neither
// updates, cancellation, invoices nor today's shape (current_period_end on the items). Prices and customers stay in the
// emulator and are read from it. A test moves a subscription to a state Stripe would reach over weeks (past_due, unpaid,
// canceled, a renewed period) with SetSubscriptionStateAsync, and raises invoice events with RaiseInvoiceEvent.
public sealed partial class FakeStripe
{
    /// <summary>
    /// Moves a subscription to <paramref name="status"/> (Stripe's name: <c>active</c>, <c>past_due</c>, <c>unpaid</c>,
    /// <c>canceled</c>…) and, when given, a new current period end, as Stripe would after renewals, failed retries or a
    /// cancellation; records <c>customer.subscription.updated</c> (<c>.deleted</c> for <c>canceled</c>) and returns it.
    /// </summary>
    public async Task<FakeStripeEvent> SetSubscriptionStateAsync(string subscriptionId, string status, DateTimeOffset? currentPeriodEnd = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
        ArgumentException.ThrowIfNullOrEmpty(status);
        await _gate.WaitAsync(cancellationToken);
        FakeStripeEvent recorded;
        try
        {
            if (!_objects.TryGetValue(subscriptionId, out var subscription) || subscription.Kind != "subscription")
            {
                throw new InvalidOperationException($"The fake has no subscription '{subscriptionId}'.");
            }

            subscription.Json["status"] = status;
            if (currentPeriodEnd is { } end)
            {
                foreach (var item in subscription.Json["items"]!["data"]!.AsArray())
                {
                    item!["current_period_end"] = end.ToUnixTimeSeconds();
                }
            }

            if (status == "canceled")
            {
                subscription.Json["canceled_at"] ??= Now;
                subscription.Json["ended_at"] ??= Now;
            }

            lock (_lock)
            {
                recorded = Record(status == "canceled" ? "customer.subscription.deleted" : "customer.subscription.updated", subscription.Account, subscription.Json.DeepClone(), null);
            }
        }
        finally
        {
            _gate.Release();
        }

        RaisePendingEvents();
        return recorded;
    }

    /// <summary>Records an invoice event (<c>invoice.paid</c>, <c>invoice.payment_failed</c>) of a subscription's latest invoice and returns it.</summary>
    public FakeStripeEvent RaiseInvoiceEvent(string type, string subscriptionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        FakeStripeEvent recorded;
        lock (_lock)
        {
            if (!_objects.TryGetValue(subscriptionId, out var subscription) || subscription.Kind != "subscription")
            {
                throw new InvalidOperationException($"The fake has no subscription '{subscriptionId}'.");
            }

            recorded = Record(type, subscription.Account, Invoice(subscription, type == "invoice.paid"), null);
        }

        RaisePendingEvents();
        return recorded;
    }

    private async Task<Answer> CreateSubscriptionAsync(Call c, CancellationToken cancellationToken)
    {
        var p = c.Params;
        var customer = p["customer"] ?? throw Fail(400, "invalid_request_error", "Missing required param: customer.", "parameter_missing", "customer");
        await EnsureCustomerAsync(c, customer, "customer", cancellationToken);
        var priceId = p["items[0][price]"] ?? throw Fail(400, "invalid_request_error", "Missing required param: items[0][price].", "parameter_missing", "items[0][price]");
        var price = await ReadPriceAsync(c, priceId, cancellationToken);
        var card = p["default_payment_method"] is { } pmId ? Find(c, pmId, "payment_method", "default_payment_method") : null;
        if (card is not null && card.Str("customer") != customer)
        {
            throw Fail(400, "invalid_request_error", $"The customer does not have a payment method with the ID {card.Id}.", "resource_missing", "default_payment_method");
        }

        var paid = card?.Card is { ChargeDeclineCode: null };
        var now = Now;
        var interval = price["recurring"]?["interval"]?.GetValue<string>() ?? "month";
        var start = DateTimeOffset.FromUnixTimeSeconds(now);
        var periodEnd = (interval == "year" ? start.AddYears(1) : interval == "week" ? start.AddDays(7) : start.AddMonths(1)).ToUnixTimeSeconds();
        var id = NewId("sub_");
        var subscription = new JsonObject
        {
            ["id"] = id,
            ["object"] = "subscription",
            ["billing_cycle_anchor"] = now,
            ["cancel_at"] = null,
            ["cancel_at_period_end"] = false,
            ["canceled_at"] = null,
            ["collection_method"] = "charge_automatically",
            ["created"] = now,
            ["currency"] = price["currency"]?.DeepClone(),
            ["customer"] = customer,
            ["default_payment_method"] = card?.Id,
            ["ended_at"] = null,
            ["items"] = new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray(new JsonObject
                {
                    ["id"] = NewId("si_"),
                    ["object"] = "subscription_item",
                    ["created"] = now,
                    ["current_period_start"] = now,
                    ["current_period_end"] = periodEnd,
                    ["metadata"] = new JsonObject(),
                    ["price"] = price,
                    ["quantity"] = 1,
                    ["subscription"] = id,
                }),
                ["has_more"] = false,
                ["url"] = $"/v1/subscription_items?subscription={id}",
            },
            ["latest_invoice"] = NewId("in_"),
            ["livemode"] = false,
            ["metadata"] = Metadata(p),
            ["start_date"] = now,
            ["status"] = paid ? "active" : "incomplete",
            ["trial_end"] = null,
            ["trial_start"] = null,
        };
        var stored = Store("subscription", c.Account, subscription);
        RecordObject("customer.subscription.created", stored, c);
        lock (_lock)
        {
            Record(paid ? "invoice.paid" : "invoice.payment_failed", c.Account, Invoice(stored, paid), c);
        }

        return Ok(subscription);
    }

    private Answer UpdateSubscription(Call c, StoredObject subscription)
    {
        if (c.Params.Has("cancel_at_period_end"))
        {
            subscription.Json["cancel_at_period_end"] = c.Params.Bool("cancel_at_period_end");
            subscription.Json["cancel_at"] = c.Params.Bool("cancel_at_period_end") ? subscription.Json["items"]!["data"]![0]!["current_period_end"]!.DeepClone() : null;
        }

        foreach (var (key, value) in c.Params.Hash("metadata"))
        {
            subscription.Json["metadata"]![key] = value;
        }

        RecordObject("customer.subscription.updated", subscription, c);
        return Ok(subscription.Json);
    }

    private Answer CancelSubscription(Call c, StoredObject subscription)
    {
        subscription.Json["status"] = "canceled";
        subscription.Json["canceled_at"] = Now;
        subscription.Json["ended_at"] = Now;
        RecordObject("customer.subscription.deleted", subscription, c);
        return Ok(subscription.Json);
    }

    private async Task<JsonObject> ReadPriceAsync(Call c, string priceId, CancellationToken cancellationToken)
    {
        if (_emulator is null)
        {
            return new JsonObject { ["id"] = priceId, ["object"] = "price", ["currency"] = "eur", ["recurring"] = new JsonObject { ["interval"] = "month", ["interval_count"] = 1 } };
        }

        var (status, body) = await EmulatorAsync(HttpMethod.Get, $"/v1/prices/{Uri.EscapeDataString(priceId)}", c.Account, c.Authorization, null, null, cancellationToken);
        return status == 200 && body is JsonObject price ? price : throw Missing("price", priceId, "items[0][price]");
    }

    private static JsonObject Invoice(StoredObject subscription, bool paid)
    {
        var item = subscription.Json["items"]!["data"]![0]!;
        var amount = item["price"]?["unit_amount"]?.DeepClone();
        return new JsonObject
        {
            ["id"] = subscription.Str("latest_invoice") ?? NewId("in_"),
            ["object"] = "invoice",
            ["amount_due"] = amount,
            ["amount_paid"] = paid ? amount?.DeepClone() : 0,
            ["attempt_count"] = 1,
            ["billing_reason"] = "subscription_cycle",
            ["currency"] = subscription.Json["currency"]?.DeepClone(),
            ["customer"] = subscription.Str("customer"),
            ["livemode"] = false,
            ["parent"] = new JsonObject
            {
                ["type"] = "subscription_details",
                ["quote_details"] = null,
                ["subscription_details"] = new JsonObject { ["metadata"] = subscription.Json["metadata"]?.DeepClone(), ["subscription"] = subscription.Id },
            },
            ["period_end"] = item["current_period_end"]?.DeepClone(),
            ["period_start"] = item["current_period_start"]?.DeepClone(),
            ["status"] = paid ? "paid" : "open",
        };
    }
}
