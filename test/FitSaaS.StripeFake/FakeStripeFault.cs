namespace FitSaaS.Testing.Stripe;

/// <summary>A failure <see cref="FakeStripe.FailNext"/> injects into the next matching request.</summary>
public enum FakeStripeFault
{
    /// <summary>
    /// The request is fully performed and its answer stored (with its idempotency record), then the caller sees a network
    /// timeout: a retry with the same idempotency key replays the stored answer.
    /// </summary>
    TimeoutAfterEffect,

    /// <summary>The caller sees a network timeout and nothing happened.</summary>
    TimeoutBeforeEffect,

    /// <summary>A 500 <c>api_error</c>, stored for the request's idempotency key (a retry with that key replays it), as Stripe does.</summary>
    ServerError,
}
