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

    /// <summary>
    /// The request is fully performed and its answer stored (with its idempotency record), like <see cref="TimeoutAfterEffect"/>,
    /// but the answer is never sent: the call hangs until the caller gives up (its cancellation or time-out) or dies — a
    /// process killed between "Stripe charged" and "the charge is recorded". <see cref="FakeStripe.WhenFaultFired"/> tells
    /// when the effect has happened.
    /// </summary>
    HangAfterEffect,
}
