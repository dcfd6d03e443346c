using System.Net;
using System.Text;
using System.Text.Json;
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

    /// <summary>Only the attacker's token; the victim's ids in the query or body, answers compared with a random id's.</summary>
    References,
}

/// <summary>One probe request and what was wrong with its answer (nothing, ideally).</summary>
public sealed record ProbeCall(ApiOperation Operation, ProbeMode Mode, string Url, string Values, HttpStatusCode Status, IReadOnlyList<string> Problems)
{
    /// <summary>The start of the answer, shown with the problems.</summary>
    public string Answer { get; init; } = "";

    /// <summary>The problem details' <c>code</c>, if the answer is one.</summary>
    public string? Code { get; init; }

    public override string ToString() =>
        $"{Operation.Key} [{Mode}; {Values}] {Operation.Method} {Url} -> {(int)Status} {Status}: {string.Join("; ", Problems)}\n    answer: {(Answer.Length > 600 ? Answer[..600] + "…" : Answer)}";
}

/// <summary>
/// Calls every operation with a path parameter with the victim's ids and keys under the attacker's token, in every
/// <see cref="ProbeMode"/>, and judges each answer: it must be 400, 403 or 404 (never 2xx, never a 409 that
/// confirms existence, never 422 from a rule that ran on the victim's row, never 500) and its body must not contain
/// any string of the victim's data that the request did not carry.
/// </summary>
/// <param name="victimTenantId">Sent in the forged <c>__tenant</c> header every other call (the name otherwise).</param>
public sealed class IsolationProbe(OpenApiDocument document, ProbeTargets targets, HttpClient attacker, string victimTenantName, Guid victimTenantId)
{
    /// <summary>Victim ids tried per id slot of a query or body (the matching kind's first ones, or any).</summary>
    private const int MaxReferenceIdsPerSlot = 8;

    private static readonly ProbeMode[] s_routeModes = [ProbeMode.Plain, ProbeMode.ForgedHeader, ProbeMode.ForgedQuery, ProbeMode.ForgedHost];

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
            foreach (var mode in s_routeModes)
            {
                var index = 0;
                foreach (var values in Assignments(operation, others: mode == ProbeMode.Plain ? 2 : 0, limit: mode == ProbeMode.Plain ? int.MaxValue : 2))
                {
                    calls.Add(await CallAsync(operation, mode, values, index++ % 2 == 0 ? victimTenantName : victimTenantId.ToString(), cancellationToken));
                }
            }
        }

        return calls;
    }

    /// <summary>
    /// The operations without a path parameter that take ids in the query or the body (filters, references such as
    /// a booking's session): <see cref="RunReferencesAsync"/> probes them.
    /// </summary>
    public static IReadOnlyList<ApiOperation> SelectableReferences(OpenApiDocument document, IReadOnlyDictionary<string, string> allowList) =>
        [.. document.Operations.Where(o => !o.PathParameters.Any() && !allowList.ContainsKey(o.Key) && IdSlots(document, o).Count > 0)];

    /// <summary>
    /// For each id slot of the query or body (one at a time) and each victim id of its kind, calls the operation twice:
    /// with the victim's id and with a fresh random id. The two answers must be indistinguishable (same status and
    /// problem code), never 5xx, and the first must leak nothing: a victim's id must look exactly like an id that
    /// does not exist.
    /// </summary>
    public async Task<IReadOnlyList<ProbeCall>> RunReferencesAsync(IReadOnlyList<ApiOperation> operations, CancellationToken cancellationToken)
    {
        var calls = new List<ProbeCall>();
        foreach (var operation in operations)
        {
            // One slot at a time (other optional ids left out), so an earlier check on another id cannot hide it.
            foreach (var slot in IdSlots(document, operation))
            {
                foreach (var id in ProbeTargets.For(targets.Ids, slot, 0).Take(MaxReferenceIdsPerSlot))
                {
                    var (status, code, url, answer, carried) = await SendReferencesAsync(operation, slot, name => name == slot ? id.Value : null, cancellationToken);
                    var (controlStatus, controlCode, _, _, _) = await SendReferencesAsync(operation, slot, _ => null, cancellationToken);
                    var problems = Leaks(answer, carried, targets.Secrets).ToList();
                    if (status != controlStatus || code != controlCode)
                    {
                        problems.Add($"answer differs from a non-existent id's: {(int)status} {code} vs {(int)controlStatus} {controlCode}");
                    }

                    if ((int)status >= 500)
                    {
                        problems.Add($"status {(int)status}");
                    }

                    calls.Add(new ProbeCall(operation, ProbeMode.References, url, $"{slot}={id.Value} ({id.Label})", status, problems) { Answer = answer });
                }
            }
        }

        return calls;
    }

    private async Task<(HttpStatusCode Status, string? Code, string Url, string Answer, string Carried)> SendReferencesAsync(
        ApiOperation operation, string slot, Func<string, string?> idFor, CancellationToken cancellationToken)
    {
        var sampler = new SchemaSampler(document, idFor, name => name == slot);
        var query = operation.QueryParameters
            .Where(p => p.Required || p.Name == slot)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Name == slot ? idFor(slot) ?? Guid.NewGuid().ToString() : sampler.Sample(p.Schema, p.Name)?.ToString() ?? "")}")
            .ToList();
        var url = query.Count == 0 ? operation.Path : $"{operation.Path}?{string.Join('&', query)}";
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(url, UriKind.Relative));
        var body = operation.BodySchema is { } schema ? sampler.Sample(schema)?.ToJsonString(TestJson.Options) : null;
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await attacker.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, ProblemCode(response, answer), url, answer, $"{url}\n{body}");
    }

    private static string? ProblemCode(HttpResponseMessage response, string answer) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json"
        && JsonDocument.Parse(answer).RootElement.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    /// <summary>Names of the uuid query parameters and body properties (at any depth) of an operation.</summary>
    private static List<string> IdSlots(OpenApiDocument document, ApiOperation operation)
    {
        var names = operation.QueryParameters
            .Where(p => p.IsUuid || p.Name.EndsWith("Id", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Name)
            .ToList();
        if (operation.BodySchema is { } schema)
        {
            new SchemaSampler(document, name => { names.Add(name); return null; }, _ => true).Sample(schema);
        }

        return [.. names.Distinct()];
    }

    private async Task<ProbeCall> CallAsync(
        ApiOperation operation, ProbeMode mode, IReadOnlyDictionary<string, ProbeValue> values, string forgedTenant, CancellationToken cancellationToken)
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
            request.Headers.Add("__tenant", forgedTenant);
        }

        if (mode == ProbeMode.ForgedHost)
        {
            request.Headers.Host = FitSaaSWebFixture.SubdomainPattern.Replace("{0}", victimTenantName, StringComparison.Ordinal);
        }

        using var response = await attacker.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        var carried = $"{url}\n{request.Headers}\n{body}";
        var description = string.Join(", ", values.Select(v => $"{v.Key}={v.Value.Value} ({v.Value.Label})"));
        return new ProbeCall(operation, mode, url, description, response.StatusCode, Judge(response.StatusCode, answer, carried, targets.Secrets))
        {
            Answer = answer,
            Code = ProblemCode(response, answer),
        };
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
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return [.. values.EnumerateArray().Select(v => new ProbeValue("enum", v.ToString(), "enum value"))];
        }

        var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.GetString() : "string";
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
