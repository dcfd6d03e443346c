namespace FitSaaS.Testing;

/// <summary>
/// The local Stripe emulator (npm stripe-stateful-mock, etc/scripts/stripe-mock.sh) the suite shares: its base URL comes
/// from <c>FitSaaS_Test__StripeMock</c> (the script's last output line, <c>http://127.0.0.1:&lt;port&gt;</c>).
/// </summary>
public static class StripeEmulator
{
    /// <summary>The environment variable holding the emulator's base URL.</summary>
    public const string EnvironmentVariable = "FitSaaS_Test__StripeMock";

    /// <summary>Why tests needing the emulator skip when it is not configured.</summary>
    public const string SkipReason = "Stripe tests need the local Stripe emulator: set FitSaaS_Test__StripeMock (etc/scripts/test.sh starts it with etc/scripts/stripe-mock.sh).";

    /// <summary>Any secret key works with the emulator; a test-mode one, as Stripe's test conventions have it.</summary>
    public const string SecretKey = "sk_test_fitsaas_emulator";

    /// <summary>The emulator's base URL, or null when tests must skip.</summary>
    public static Uri? ApiBase => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? new Uri(value) : null;
}
