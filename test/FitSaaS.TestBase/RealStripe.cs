namespace FitSaaS.Testing;

/// <summary>
/// The opt-in lane against Stripe's own test mode (issue 16 §6): on when <see cref="SecretKeyVariable"/> holds a test-mode
/// key (<c>sk_test_…</c> or <c>rk_test_…</c>; a live key is never used), off otherwise. Gyms' payments also need
/// <see cref="ConnectedAccountVariable"/>: a Standard or Express account already connected to that platform in test mode
/// with charges enabled (a new account cannot take charges before its owner onboards at Stripe).
/// </summary>
public static class RealStripe
{
    /// <summary>The environment variable with the platform's test-mode secret key.</summary>
    public const string SecretKeyVariable = "STRIPE_TEST_SECRET_KEY";

    /// <summary>The environment variable with a connected test-mode account (<c>acct_…</c>) that takes charges.</summary>
    public const string ConnectedAccountVariable = "STRIPE_TEST_CONNECTED_ACCOUNT";

    /// <summary>
    /// The environment variable with another API base (default Stripe's own): the lane's tests can be checked against the
    /// standalone fake (<c>etc/scripts/stripe-mock.sh fake</c>) before they meet Stripe.
    /// </summary>
    public const string ApiBaseVariable = "STRIPE_TEST_API_BASE";

    /// <summary>Why the lane is skipped.</summary>
    public const string SkipReason = "The real Stripe lane is opt-in: set STRIPE_TEST_SECRET_KEY to a test-mode key (sk_test_…).";

    /// <summary>Why the gym-payment part is skipped.</summary>
    public const string NoAccountSkipReason = "Gym payments against real Stripe need STRIPE_TEST_CONNECTED_ACCOUNT: a connected test-mode account with charges enabled.";

    /// <summary>The test-mode key, or null (unset, or not a test-mode key).</summary>
    public static string? SecretKey => Environment.GetEnvironmentVariable(SecretKeyVariable) is { Length: > 0 } key &&
        (key.StartsWith("sk_test_", StringComparison.Ordinal) || key.StartsWith("rk_test_", StringComparison.Ordinal)) ? key : null;

    /// <summary>The API base to use instead of Stripe's, or null.</summary>
    public static string? ApiBase => Environment.GetEnvironmentVariable(ApiBaseVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The connected account, or null.</summary>
    public static string? ConnectedAccount => Environment.GetEnvironmentVariable(ConnectedAccountVariable) is { Length: > 0 } account ? account : null;
}
