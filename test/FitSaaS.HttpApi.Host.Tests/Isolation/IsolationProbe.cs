using System.Net;
using System.Text;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Isolation;

/// <summary>How the attacker asks for the victim's tenant on top of its own token.</summary>
public enum ProbeMode
{
    /// <summary>Only the attacker's token.</summary>
    Plain,

    /// <summary>A forged <c>__tenant</c> header naming the victim.</summary>
    ForgedHeader,

    /// <summary>The victim's name in the <c>?__tenant=</c> query value.</summary>
    ForgedQuery,

    /// <summary>The victim's sub-domain as the host name.</summary>
    ForgedHost,
}

/// <summary>One probe request and what was wrong with its answer (nothing, ideally).</summary>
public sealed record ProbeCall(ApiOperation Operation, ProbeMode Mode, string Url, string Values, HttpStatusCode Status, IReadOnlyList<string> Problems)
{
    public override string ToString() =>
        $"{Operation.Key} [{Mode}; {Values}] {Operation.Method} {Url} -> {(int)Status} {Status}: {string.Join("; ", Problems)}";
}

/// <summary>
/// Calls every operation with a path parameter with the victim's ids and keys under the attacker's token, in every
/// <see cref="ProbeMode"/>, and judges each answer: it must be 400, 403 or 404 (never 2xx, never a 409 that
/// confirms existence, never 422 from a rule that ran on the victim's row, never 500) and its body must not contain
/// any string of the victim's data that the request did not carry.
/// </summary>
public sealed class IsolationProbe(OpenApiDocument document, ProbeTargets targets, HttpClient attacker, string victimTenantName)
{
    /// <summary>Statuses that answer "no such thing here" or "not allowed" without confirming anything.</summary>
    public static readonly IReadOnlySet<HttpStatusCode> AllowedStatuses =
        new HashSet<HttpStatusCode> { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.NotFound };

    /// <summary>
    /// Judges one answer. <paramref name="request"/> is everything the request carried (URL, headers, body): a
    /// secret echoed from it is no leak.
    /// </summary>
    public static IReadOnlyList<string> Judge(HttpStatusCode status, string body, string request, IReadOnlyDictionary<string, string> secrets)
    {
        var problems = new List<string>();
        if (!AllowedStatuses.Contains(status))
        {
            problems.Add($"status {(int)status} (allowed: 400, 403, 404)");
        }

        problems.AddRange(Leaks(body, request, secrets));
        return problems;
    }

    /// <summary>The secrets <paramref name="body"/> contains that <paramref name="request"/> did not carry.</summary>
    public static IEnumerable<string> Leaks(string body, string request, IReadOnlyDictionary<string, string> secrets) =>
        secrets
            .Where(s => body.Contains(s.Key, StringComparison.OrdinalIgnoreCase) && !request.Contains(s.Key, StringComparison.OrdinalIgnoreCase))
            .Select(s => $"body leaks '{s.Key}' ({s.Value})");

    /// <summary>The operations the probe calls: every one with a path parameter, except the allow-listed ones.</summary>
    public static IReadOnlyList<ApiOperation> Selectable(OpenApiDocument document, IReadOnlyDictionary<string, string> allowList) =>
        [.. document.Operations.Where(o => o.PathParameters.Any() && !allowList.ContainsKey(o.Key))];

    /// <summary>Runs the probe over <paramref name="operations"/>.</summary>
    public async Task<IReadOnlyList<ProbeCall>> RunAsync(IReadOnlyList<ApiOperation> operations, CancellationToken cancellationToken)
    {
        var calls = new List<ProbeCall>();
        foreach (var operation in operations)
        {
            foreach (var mode in Enum.GetValues<ProbeMode>())
            {
                foreach (var values in Assignments(operation, others: mode == ProbeMode.Plain ? 2 : 0, limit: mode == ProbeMode.Plain ? int.MaxValue : 2))
                {
                    calls.Add(await CallAsync(operation, mode, values, cancellationToken));
                }
            }
        }

        return calls;
    }

    private async Task<ProbeCall> CallAsync(ApiOperation operation, ProbeMode mode, IReadOnlyDictionary<string, ProbeValue> values, CancellationToken cancellationToken)
    {
        var sampler = new SchemaSampler(document, name => IdFor(name, values));
        var path = operation.Path;
        foreach (var (name, value) in values)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value.Value), StringComparison.Ordinal);
        }

        var query = new List<string>();
        foreach (var parameter in operation.QueryParameters.Where(p => p.Required))
        {
            query.Add($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(sampler.Sample(parameter.Schema, parameter.Name)?.ToString() ?? "")}");
        }

        if (mode == ProbeMode.ForgedQuery)
        {
            query.Add($"__tenant={Uri.EscapeDataString(victimTenantName)}");
        }

        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(url, UriKind.Relative));
        var body = operation.BodySchema is { } schema ? sampler.Sample(schema)?.ToJsonString(TestJson.Options) : null;
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (mode == ProbeMode.ForgedHeader)
        {
            request.Headers.Add("__tenant", victimTenantName);
        }

        if (mode == ProbeMode.ForgedHost)
        {
            request.Headers.Host = FitSaaSWebFixture.SubdomainPattern.Replace("{0}", victimTenantName, StringComparison.Ordinal);
        }

        using var response = await attacker.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        var carried = $"{url}\n{request.Headers}\n{body}";
        var description = string.Join(", ", values.Select(v => $"{v.Key}={v.Value.Value} ({v.Value.Label})"));
        return new ProbeCall(operation, mode, url, description, response.StatusCode, Judge(response.StatusCode, answer, carried, targets.Secrets));
    }

    /// <summary>
    /// Values for the path parameters: each parameter cycles through its candidates, so the number of calls is the
    /// largest candidate list, not the product of all of them.
    /// </summary>
    private IEnumerable<IReadOnlyDictionary<string, ProbeValue>> Assignments(ApiOperation operation, int others, int limit)
    {
        var candidates = operation.PathParameters
            .Select(p => (p.Name, Values: Candidates(operation, p, others)))
            .ToList();
        var count = Math.Min(limit, candidates.Max(c => c.Values.Count));
        for (var i = 0; i < count; i++)
        {
            yield return candidates.ToDictionary(c => c.Name, c => c.Values[i % c.Values.Count]);
        }
    }

    private IReadOnlyList<ProbeValue> Candidates(ApiOperation operation, ApiParameter parameter, int others)
    {
        var schema = document.Resolve(parameter.Schema);
        if (schema.ValueKind == System.Text.Json.JsonValueKind.Object && schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return [.. values.EnumerateArray().Select(v => new ProbeValue("enum", v.ToString(), "enum value"))];
        }

        var type = schema.ValueKind == System.Text.Json.JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.GetString() : "string";
        if (type is "integer" or "number")
        {
            return [new ProbeValue("number", "1", "number")];
        }

        var kind = ProbeTargets.KindOf(operation.Path, parameter.Name);
        if (parameter.IsUuid)
        {
            return ProbeTargets.For(targets.Ids, kind, others);
        }

        // A string parameter may be a key (tenant name, role name, client id) or an id typed as a string.
        var keys = ProbeTargets.For(targets.Keys, kind, others);
        return Normalize(parameter.Name).EndsWith("id", StringComparison.Ordinal) || parameter.Name == "id"
            ? [.. keys, .. ProbeTargets.For(targets.Ids, kind, others)]
            : keys;
    }

    private string? IdFor(string name, IReadOnlyDictionary<string, ProbeValue> values)
    {
        // A body id of the same kind as a route value gets the victim's id too; other ids are fresh.
        var matching = ProbeTargets.For(targets.Ids, name, 0);
        return matching.Count == targets.Ids.Count ? null : matching.FirstOrDefault(v => values.Values.Contains(v))?.Value ?? matching[0].Value;
    }

    private static string Normalize(string name) => name.ToLowerInvariant();
}
