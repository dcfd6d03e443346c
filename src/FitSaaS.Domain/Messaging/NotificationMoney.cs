using System.Globalization;

namespace FitSaaS.Messaging;

/// <summary>An amount in a template model: integer minor units of an ISO 4217 currency, rendered as <c>49.00 EUR</c>.</summary>
/// <param name="Amount">Minor units.</param>
/// <param name="Currency">ISO 4217 code.</param>
public sealed record NotificationMoney(long Amount, string Currency)
{
    private static readonly HashSet<string> s_zeroDecimal = new(StringComparer.OrdinalIgnoreCase) { "JPY", "KRW", "CLP", "ISK", "VND", "XAF", "XOF", "UGX", "PYG", "RWF" };

    /// <inheritdoc/>
    public override string ToString()
    {
        var decimals = s_zeroDecimal.Contains(Currency) ? 0 : 2;
        var major = decimals == 0 ? Amount : Amount / 100m;
        return major.ToString(decimals == 0 ? "0" : "0.00", CultureInfo.InvariantCulture) + " " + Currency.ToUpperInvariant();
    }
}
