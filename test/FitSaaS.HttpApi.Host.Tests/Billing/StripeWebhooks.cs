using System.Globalization;
using System.Text;
using System.Text.Json;
using Stripe;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>Builds Stripe events and delivers them signed (Stripe's scheme, DOMAIN.md §3.5) to the webhook endpoint.</summary>
public static class StripeWebhooks
{
    public const string Path = "/api/billing/stripe/webhooks";
    public const string PlatformSecret = "whsec_fitsaas_platform_test";
    public const string ConnectSecret = "whsec_fitsaas_connect_test";

    /// <summary>An event's JSON as Stripe sends it.</summary>
    public static string Event(string type, string? account, object dataObject, string? id = null, bool livemode = false) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id ?? $"evt_{Guid.NewGuid():N}",
            ["object"] = "event",
            ["api_version"] = StripeConfiguration.ApiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["livemode"] = livemode,
            ["pending_webhooks"] = 1,
            ["type"] = type,
            ["account"] = account,
            ["data"] = new { @object = dataObject },
        });

    /// <summary>The <c>Stripe-Signature</c> header of <paramref name="body"/> signed at <paramref name="at"/> (now by default).</summary>
    public static string Sign(string body, string secret, DateTimeOffset? at = null)
    {
        var t = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={EventUtility.ComputeSignature(secret, t, body)}";
    }

    /// <summary>POSTs <paramref name="body"/> with <paramref name="signature"/> (none when null).</summary>
    public static async Task<HttpResponseMessage> DeliverAsync(HttpClient client, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Delivers <paramref name="body"/> signed with <paramref name="secret"/> now and returns the answer's outcome (throws unless 200).</summary>
    public static async Task<string> DeliverSignedAsync(HttpClient client, string body, string secret = ConnectSecret)
    {
        using var response = await DeliverAsync(client, body, Sign(body, secret));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("outcome").GetString()!;
    }
}
