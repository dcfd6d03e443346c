using System.Collections.Frozen;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Billing;

/// <summary>
/// The ISO 4217 currencies in circulation and their minor units (the exponent: 2 for EUR and USD, 0 for JPY and KRW, 3 for
/// KWD and BHD, 4 for CLF) — the published list (ISO 4217 amendment 179, 2025: XCG added, funds codes kept, withdrawn
/// codes such as HRK, SLL and CUC left out). FitSaaS keeps every amount in integer minor units of its tenant's currency
/// (DOMAIN.md §2.20): 1250 with EUR is €12.50, 1250 with JPY is ¥1,250 (never multiplied by 100).
/// </summary>
/// <remarks>
/// Our own table, not a package: no currency library is served by this project's registry (NodaMoney and similar are
/// absent; ADR 0044), and .NET's cultures give a culture's display digits, not ISO's minor units. Kept small: codes and
/// exponents only.
/// </remarks>
public static class Iso4217
{
    private static readonly FrozenDictionary<string, int> s_minorUnits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AED"] = 2, ["AFN"] = 2, ["ALL"] = 2, ["AMD"] = 2, ["AOA"] = 2, ["ARS"] = 2, ["AUD"] = 2, ["AWG"] = 2,
        ["AZN"] = 2, ["BAM"] = 2, ["BBD"] = 2, ["BDT"] = 2, ["BHD"] = 3, ["BIF"] = 0, ["BMD"] = 2, ["BND"] = 2,
        ["BOB"] = 2, ["BOV"] = 2, ["BRL"] = 2, ["BSD"] = 2, ["BTN"] = 2, ["BWP"] = 2, ["BYN"] = 2, ["BZD"] = 2,
        ["CAD"] = 2, ["CDF"] = 2, ["CHE"] = 2, ["CHF"] = 2, ["CHW"] = 2, ["CLF"] = 4, ["CLP"] = 0, ["CNY"] = 2,
        ["COP"] = 2, ["COU"] = 2, ["CRC"] = 2, ["CUP"] = 2, ["CVE"] = 2, ["CZK"] = 2, ["DJF"] = 0, ["DKK"] = 2,
        ["DOP"] = 2, ["DZD"] = 2, ["EGP"] = 2, ["ERN"] = 2, ["ETB"] = 2, ["EUR"] = 2, ["FJD"] = 2, ["FKP"] = 2,
        ["GBP"] = 2, ["GEL"] = 2, ["GHS"] = 2, ["GIP"] = 2, ["GMD"] = 2, ["GNF"] = 0, ["GTQ"] = 2, ["GYD"] = 2,
        ["HKD"] = 2, ["HNL"] = 2, ["HTG"] = 2, ["HUF"] = 2, ["IDR"] = 2, ["ILS"] = 2, ["INR"] = 2, ["IQD"] = 3,
        ["IRR"] = 2, ["ISK"] = 0, ["JMD"] = 2, ["JOD"] = 3, ["JPY"] = 0, ["KES"] = 2, ["KGS"] = 2, ["KHR"] = 2,
        ["KMF"] = 0, ["KPW"] = 2, ["KRW"] = 0, ["KWD"] = 3, ["KYD"] = 2, ["KZT"] = 2, ["LAK"] = 2, ["LBP"] = 2,
        ["LKR"] = 2, ["LRD"] = 2, ["LSL"] = 2, ["LYD"] = 3, ["MAD"] = 2, ["MDL"] = 2, ["MGA"] = 2, ["MKD"] = 2,
        ["MMK"] = 2, ["MNT"] = 2, ["MOP"] = 2, ["MRU"] = 2, ["MUR"] = 2, ["MVR"] = 2, ["MWK"] = 2, ["MXN"] = 2,
        ["MXV"] = 2, ["MYR"] = 2, ["MZN"] = 2, ["NAD"] = 2, ["NGN"] = 2, ["NIO"] = 2, ["NOK"] = 2, ["NPR"] = 2,
        ["NZD"] = 2, ["OMR"] = 3, ["PAB"] = 2, ["PEN"] = 2, ["PGK"] = 2, ["PHP"] = 2, ["PKR"] = 2, ["PLN"] = 2,
        ["PYG"] = 0, ["QAR"] = 2, ["RON"] = 2, ["RSD"] = 2, ["RUB"] = 2, ["RWF"] = 0, ["SAR"] = 2, ["SBD"] = 2,
        ["SCR"] = 2, ["SDG"] = 2, ["SEK"] = 2, ["SGD"] = 2, ["SHP"] = 2, ["SLE"] = 2, ["SOS"] = 2, ["SRD"] = 2,
        ["SSP"] = 2, ["STN"] = 2, ["SVC"] = 2, ["SYP"] = 2, ["SZL"] = 2, ["THB"] = 2, ["TJS"] = 2, ["TMT"] = 2,
        ["TND"] = 3, ["TOP"] = 2, ["TRY"] = 2, ["TTD"] = 2, ["TWD"] = 2, ["TZS"] = 2, ["UAH"] = 2, ["UGX"] = 0,
        ["USD"] = 2, ["USN"] = 2, ["UYI"] = 0, ["UYU"] = 2, ["UYW"] = 4, ["UZS"] = 2, ["VED"] = 2, ["VES"] = 2,
        ["VND"] = 0, ["VUV"] = 0, ["WST"] = 2, ["XAF"] = 0, ["XCD"] = 2, ["XCG"] = 2, ["XOF"] = 0, ["XPF"] = 0,
        ["YER"] = 2, ["ZAR"] = 2, ["ZMW"] = 2, ["ZWG"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every known code (three upper-case letters).</summary>
    public static IReadOnlyCollection<string> Codes => s_minorUnits.Keys;

    /// <summary>True when <paramref name="code"/> is a known ISO 4217 code (upper case, as ISO writes it).</summary>
    public static bool IsKnown(string? code) => code is not null && s_minorUnits.ContainsKey(code);

    /// <summary>The currency's minor units (decimal places), or false for an unknown code.</summary>
    public static bool TryGetMinorUnits(string? code, out int minorUnits)
    {
        minorUnits = 0;
        return code is not null && s_minorUnits.TryGetValue(code, out minorUnits);
    }

    /// <summary>The currency's minor units (decimal places).</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.UnknownCurrency"/> (data: <c>currency</c>).</exception>
    public static int GetMinorUnits(string? code) =>
        TryGetMinorUnits(code, out var units)
            ? units
            : throw new BusinessException(BillingErrorCodes.UnknownCurrency, $"'{code}' is not an ISO 4217 currency code.").WithData("currency", code);

    /// <summary>
    /// Formats an amount of minor units for people, in <paramref name="culture"/>'s number format with the currency's own
    /// decimals and its code (<c>"EUR 12.50"</c>, <c>"JPY 1,250"</c>): invoices show the code, never a culture's symbol.
    /// </summary>
    public static string Format(long amountMinor, string currency, IFormatProvider? culture = null)
    {
        var units = GetMinorUnits(currency);
        var value = amountMinor / (decimal)Math.Pow(10, units);
        return currency + " " + value.ToString("N" + units.ToString(System.Globalization.CultureInfo.InvariantCulture), culture ?? System.Globalization.CultureInfo.InvariantCulture);
    }
}
