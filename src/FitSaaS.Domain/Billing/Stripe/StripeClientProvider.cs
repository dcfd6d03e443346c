using FitSaaS.Framework.Exceptions;
using Microsoft.Extensions.Options;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// The platform's Stripe.net client (<see cref="IStripeClient"/>), built once from <see cref="StripeOptions"/>: its
/// requests go to <see cref="StripeOptions.ApiBase"/> through the <see cref="HttpClientName"/> client of
/// <see cref="IHttpClientFactory"/> (so tests and development point it at a local emulator or an in-process handler).
/// Calls for a gym pass the gym's connected account in <see cref="RequestOptions.StripeAccount"/> (the
/// <c>Stripe-Account</c> header: Connect direct charges, DOMAIN.md §3.2).
/// </summary>
public sealed class StripeClientProvider(IOptions<StripeOptions> options, IHttpClientFactory httpClientFactory)
    : FitSaaS.Framework.DependencyInjection.ISingletonDependency
{
    /// <summary>The name of the <see cref="HttpClient"/> Stripe.net sends its requests with.</summary>
    public const string HttpClientName = "Stripe";

    private readonly Lazy<IStripeClient?> _client = new(() => Create(options.Value, httpClientFactory));

    /// <summary>Whether a secret key is configured (online payments can be used).</summary>
    public bool IsConfigured => _client.Value is not null;

    /// <summary>The client.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeNotConfigured"/>: no secret key is configured.</exception>
    public IStripeClient Client => _client.Value
        ?? throw new BusinessException(BillingErrorCodes.StripeNotConfigured, "Online payments are not configured on this platform (Stripe:SecretKey).");

    private static StripeClient? Create(StripeOptions options, IHttpClientFactory httpClientFactory)
    {
        if (string.IsNullOrWhiteSpace(options.SecretKey))
        {
            return null;
        }

        var apiBase = options.ApiBase.ToString().TrimEnd('/');
        var isStripe = options.ApiBase.Host.EndsWith("stripe.com", StringComparison.OrdinalIgnoreCase);
        return new StripeClient(new StripeClientOptions
        {
            ApiKey = options.SecretKey,
            ApiBase = apiBase,
            ConnectBase = isStripe ? StripeClient.DefaultConnectBase : apiBase,
            FilesBase = isStripe ? StripeClient.DefaultFilesBase : apiBase,
            HttpClient = new SystemNetHttpClient(httpClientFactory.CreateClient(HttpClientName), Math.Max(0, options.MaxNetworkRetries)),
        });
    }
}
