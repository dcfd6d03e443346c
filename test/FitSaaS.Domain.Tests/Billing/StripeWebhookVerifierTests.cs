using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;
using Microsoft.Extensions.Options;
using Stripe;

namespace FitSaaS.Domain.Tests.Billing;

/// <summary>
/// The webhook signature check (DOMAIN.md §3.5) with its published test vector and the cases it lists: a tampered body, a
/// wrong secret, a stale timestamp, only a <c>v0</c> entry, two <c>v1</c> entries with one valid, no header.
/// </summary>
public sealed class StripeWebhookVerifierTests
{
    private const string Secret = "whsec_test_secret";
    private const long Timestamp = 1700000000;
    private const string Body = "{\"id\":\"evt_test_1\",\"object\":\"event\",\"type\":\"invoice.paid\"}";
    private const string Vector = "3e3e661992c26c45d9105cbea450acc1a34f8c6dbafbd891f858c6fd9054fe3e";

    [Fact]
    public void TheDocumentedVector_Verifies()
    {
        var stripeEvent = Verifier().Verify(Body, $"t={Timestamp},v1={Vector}");

        (stripeEvent.Id, stripeEvent.Type).ShouldBe(("evt_test_1", "invoice.paid"));
        EventUtility.ComputeSignature(Secret, Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), Body).ShouldBe(Vector);
    }

    [Fact]
    public void TwoV1Entries_OneValid_Verifies_AsWhileASecretIsRolled() =>
        Verifier().Verify(Body, $"t={Timestamp},v1={new string('0', 64)},v1={Vector}").Id.ShouldBe("evt_test_1");

    [Fact]
    public void TheConnectSecret_OrThePlatformSecret_Verifies()
    {
        var verifier = Verifier(new StripeOptions { ConnectWebhookSecret = "whsec_connect", WebhookSecret = Secret });

        verifier.Verify(Body, $"t={Timestamp},v1={Vector}").Id.ShouldBe("evt_test_1");
    }

    [Theory]
    [InlineData(Body + " ", "t=1700000000,v1=" + Vector, "mismatch")]
    [InlineData("{\"id\":\"evt_test_2\",\"object\":\"event\",\"type\":\"invoice.paid\"}", "t=1700000000,v1=" + Vector, "mismatch")]
    [InlineData(Body, "t=1700000000,v0=" + Vector, "mismatch")]
    [InlineData(Body, "", "missing")]
    [InlineData(Body, "garbage", "mismatch")]
    public void ABadSignature_IsRefused_WithItsReason(string body, string header, string reason)
    {
        var ex = Should.Throw<BusinessException>(() => Verifier().Verify(body, header));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidWebhookSignature);
        ex.Details["reason"].ShouldBe(reason);
    }

    [Fact]
    public void AnotherSecret_IsRefused() =>
        Should.Throw<BusinessException>(() => Verifier(new StripeOptions { WebhookSecret = "whsec_other" }).Verify(Body, $"t={Timestamp},v1={Vector}"))
            .Code.ShouldBe(BillingErrorCodes.InvalidWebhookSignature);

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void ATimestampOutsideTheTolerance_IsRefused_AsAReplay(int secondsLater)
    {
        var verifier = Verifier(at: Timestamp + secondsLater);

        var ex = Should.Throw<BusinessException>(() => verifier.Verify(Body, $"t={Timestamp},v1={Vector}"));

        ex.Details["reason"].ShouldBe("outside the tolerance");
    }

    [Fact]
    public void ATimestampInsideTheTolerance_Verifies() => Verifier(at: Timestamp + 299).Verify(Body, $"t={Timestamp},v1={Vector}").Id.ShouldBe("evt_test_1");

    [Fact]
    public void WithoutASecret_EverySignatureIsRefused() =>
        Should.Throw<BusinessException>(() => Verifier(new StripeOptions()).Verify(Body, $"t={Timestamp},v1={Vector}")).Details["reason"]
            .ShouldBe("no endpoint secret is configured");

    private static StripeWebhookVerifier Verifier(StripeOptions? options = null, long at = Timestamp) =>
        new(Options.Create(options ?? new StripeOptions { WebhookSecret = Secret }), new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(at)));
}
