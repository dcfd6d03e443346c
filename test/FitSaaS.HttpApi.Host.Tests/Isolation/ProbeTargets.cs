namespace FitSaaS.HttpApi.Host.Tests.Isolation;

/// <summary>
/// What the probe knows about the victim (tenant B, and host data): ids and string keys to put into routes,
/// and every string of its data that must never appear in an answer given to another tenant.
/// </summary>
public sealed class ProbeTargets
{
    private readonly List<ProbeValue> _ids = [];
    private readonly List<ProbeValue> _keys = [];
    private readonly Dictionary<string, string> _secrets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Guid ids of the victim's resources.</summary>
    public IReadOnlyList<ProbeValue> Ids => _ids;

    /// <summary>String keys of the victim's resources (tenant name, role names, client ids, user names).</summary>
    public IReadOnlyList<ProbeValue> Keys => _keys;

    /// <summary>Value → what it is; none of these may appear in an answer unless the request carried it.</summary>
    public IReadOnlyDictionary<string, string> Secrets => _secrets;

    /// <summary>Adds an id of a resource kind (the route segment, e.g. <c>locations</c>).</summary>
    public void AddId(string kind, Guid id, string label)
    {
        if (_ids.Any(x => x.Value == id.ToString()))
        {
            return;
        }

        _ids.Add(new ProbeValue(kind, id.ToString(), label));
        _secrets[id.ToString()] = label;
    }

    /// <summary>
    /// Adds a string key (usable in a route) of a resource kind; <paramref name="secret"/> false for keys every
    /// tenant has too (built-in role names), which are probed but may appear in answers.
    /// </summary>
    public void AddKey(string kind, string key, string label, bool secret = true)
    {
        _keys.Add(new ProbeValue(kind, key, label));
        if (secret)
        {
            _secrets[key] = label;
        }
    }

    /// <summary>Adds a string that must not leak (a name, an e-mail, a secret).</summary>
    public void AddSecret(string value, string label) => _secrets[value] = label;

    /// <summary>
    /// Values for a route parameter: the ones of the matching kind (by parameter name, or for <c>{id}</c> by the
    /// path segment before it) plus <paramref name="others"/> of other kinds; every value when no kind matches.
    /// </summary>
    public static IReadOnlyList<ProbeValue> For(IReadOnlyList<ProbeValue> pool, string kind, int others)
    {
        var wanted = Normalize(kind);
        var matching = pool.Where(v => Matches(Normalize(v.Kind), wanted)).ToList();
        if (matching.Count == 0)
        {
            return pool;
        }

        return [.. matching, .. pool.Where(v => !matching.Contains(v)).DistinctBy(v => v.Kind).Take(others)];
    }

    /// <summary>The resource kind a path parameter names: <c>userId</c> → <c>user</c>; <c>{id}</c> → the segment before it.</summary>
    public static string KindOf(string path, string parameter)
    {
        if (!string.Equals(parameter, "id", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(parameter, "key", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(parameter, "name", StringComparison.OrdinalIgnoreCase))
        {
            return parameter;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(segments, s => s == "{" + parameter + "}");
        return index > 0 ? segments[index - 1] : parameter;
    }

    internal static string Normalize(string kind)
    {
        var letters = new string([.. kind.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        if (letters.Length > 2 && letters.EndsWith("id", StringComparison.Ordinal))
        {
            letters = letters[..^2];
        }

        return letters.Length > 1 && letters.EndsWith('s') ? letters[..^1] : letters;
    }

    private static bool Matches(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a == b || a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));
}

/// <summary>An id or key of the victim, with the kind of resource and a label for messages.</summary>
public sealed record ProbeValue(string Kind, string Value, string Label);
