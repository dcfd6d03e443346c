using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;

namespace FitSaaS.Domain.Tests.Billing;

/// <summary>The dunning schedule of a card collection (DOMAIN.md §2.14) and its claims.</summary>
public sealed class CardCollectionTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 6, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void SoftDeclines_AreRetriedOnTheDaysAfterTheFirstFailure_ThenItIsExhausted()
    {
        var collection = new CardCollection(Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(), T0);
        var nexts = new List<DateTime?>();
        var now = T0;
        for (var i = 0; i < 5; i++)
        {
            collection.Claim(now);
            var next = collection.Decline("insufficient_funds", DeclineKind.Soft, [1, 3, 5, 7], now);
            nexts.Add(next);
            now = next ?? now;
        }

        nexts.ShouldBe([T0.AddDays(1), T0.AddDays(3), T0.AddDays(5), T0.AddDays(7), null]);
        (collection.Attempts, collection.Status).ShouldBe((5, CardCollectionStatus.Exhausted));
    }

    [Fact]
    public void AHardDecline_StopsAtOnce()
    {
        var collection = new CardCollection(Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(), T0);
        collection.Claim(T0);

        collection.Decline("lost_card", DeclineKind.Hard, [1, 3, 5, 7], T0).ShouldBeNull();
        collection.Status.ShouldBe(CardCollectionStatus.CardUpdateRequired);
        collection.IsClaimable(T0.AddDays(30), T0.AddDays(30)).ShouldBeFalse();
    }

    [Fact]
    public void AClaimInFlight_BlocksOtherRuns_UntilItIsStale_ThenTheSameAttemptIsResumed()
    {
        var collection = new CardCollection(Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(), T0);
        var attempt = collection.Claim(T0);

        collection.IsClaimable(T0.AddMinutes(5), T0.AddMinutes(5) - CardCollectionManager.StaleClaim).ShouldBeFalse("a second instance skips it");
        collection.IsClaimable(T0.AddMinutes(16), T0.AddMinutes(16) - CardCollectionManager.StaleClaim).ShouldBeTrue("the run that claimed it died");
        collection.Claim(T0.AddMinutes(16)).ShouldBe(attempt, "the same attempt, so the same idempotency key");
    }

    [Theory]
    [InlineData("1,3,5,7", new[] { 1, 3, 5, 7 })]
    [InlineData(" 2, 4 ", new[] { 2, 4 })]
    [InlineData("3,1", new[] { 1, 3, 5, 7 })]
    [InlineData("x", new[] { 1, 3, 5, 7 })]
    [InlineData("", new[] { 1, 3, 5, 7 })]
    public void RetryDays_AreParsed_AndAnInvalidValueFallsBackToTheDefault(string value, int[] expected) =>
        CardCollectionManager.ParseDays(value).ShouldBe(expected);

    [Theory]
    [InlineData("card_declined", "lost_card", DeclineKind.Hard)]
    [InlineData("card_declined", "stolen_card", DeclineKind.Hard)]
    [InlineData("card_declined", "fraudulent", DeclineKind.Hard)]
    [InlineData("expired_card", null, DeclineKind.Hard)]
    [InlineData("authentication_required", null, DeclineKind.Hard)]
    [InlineData("card_declined", "insufficient_funds", DeclineKind.Soft)]
    [InlineData("card_declined", "generic_decline", DeclineKind.Soft)]
    [InlineData("processing_error", null, DeclineKind.Soft)]
    public void Declines_AreClassified(string code, string? declineCode, DeclineKind kind) => StripeDeclines.Classify(code, declineCode).ShouldBe(kind);
}
