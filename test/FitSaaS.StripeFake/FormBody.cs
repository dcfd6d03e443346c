using System.Globalization;
using System.Net;

namespace FitSaaS.Testing.Stripe;

/// <summary>
/// A Stripe request's parameters (DOMAIN.md §3.3): an <c>application/x-www-form-urlencoded</c> body or query string with
/// bracketed keys (<c>metadata[invoice_id]=42</c>, <c>payment_method_types[0]=card</c> or <c>payment_method_types[]=card</c>).
/// </summary>
internal sealed class FormBody
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public FormBody(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return;
        }

        foreach (var part in encoded.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(eq < 0 ? part : part[..eq]);
            var value = eq < 0 ? "" : Decode(part[(eq + 1)..]);
            _pairs.Add(new(key, value));
        }
    }

    /// <summary>The parameters sorted, one per line: what an idempotency key is compared with.</summary>
    public string Canonical => string.Join('\n', _pairs.Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal));

    public string? this[string key] => _pairs.LastOrDefault(p => p.Key == key).Value;

    public bool Has(string key) => _pairs.Any(p => p.Key == key);

    public bool Bool(string key) => string.Equals(this[key], "true", StringComparison.OrdinalIgnoreCase);

    public long? Long(string key) =>
        this[key] is { } value ? long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1 : null;

    /// <summary>The values of an array parameter: <c>name[]</c> or <c>name[0]</c>, <c>name[1]</c>…</summary>
    public IReadOnlyList<string> Array(string name) =>
        _pairs.Where(p => p.Key == name + "[]" || (p.Key.StartsWith(name + "[", StringComparison.Ordinal) && p.Key.EndsWith(']') && int.TryParse(p.Key[(name.Length + 1)..^1], out _)))
            .Select(p => p.Value).ToList();

    /// <summary>The entries of a hash parameter: <c>metadata[key]=value</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Hash(string name) =>
        _pairs.Where(p => p.Key.StartsWith(name + "[", StringComparison.Ordinal) && p.Key.EndsWith(']') && p.Key.IndexOf('[', name.Length + 1) < 0)
            .Select(p => new KeyValuePair<string, string>(p.Key[(name.Length + 1)..^1], p.Value)).ToList();

    private static string Decode(string value) => WebUtility.UrlDecode(value);
}
