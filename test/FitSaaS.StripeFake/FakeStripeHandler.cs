namespace FitSaaS.Testing.Stripe;

/// <summary>The primary handler of the HttpClient Stripe.net sends with: every request goes to <see cref="FakeStripe"/>.</summary>
internal sealed class FakeStripeHandler(FakeStripe fake) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        fake.HandleAsync(request, cancellationToken);
}
