using System.Net;
using System.Text.Json;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Framework.Http.Client;

/// <summary>
/// Rebuilds the exception the server turned into problem details (FitSaaSExceptionHandler), so a caller catches the same
/// types through a proxy as in-process: <c>FitSaaS:ValidationFailed</c> → <see cref="FitSaaSValidationException"/> with the
/// field errors; <c>FitSaaS:EntityNotFound</c> → <see cref="EntityNotFoundException"/>; 401, and 403 with an
/// <c>Authorization:*</c> code → <see cref="AuthorizationException"/> (with the <c>permission</c> member as
/// <see cref="AuthorizationException.PermissionName"/>); any other 4xx with a code →
/// <see cref="BusinessException"/> with the code and the <c>data</c> members; everything else →
/// <see cref="RemoteCallException"/>. Each typed exception has the <see cref="RemoteCallException"/> (status, problem) inside.
/// </summary>
public static class RemoteServiceExceptionMapper
{
    /// <summary>Reads <paramref name="response"/>'s problem details and returns the exception to throw.</summary>
    public static async Task<Exception> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var problem = ParseProblem(body);
        var request = response.RequestMessage;
        var remote = new RemoteCallException(
            $"{request?.Method} {request?.RequestUri?.AbsolutePath} answered {status} {response.ReasonPhrase}" +
            (problem?.Code is { } c ? $" ({c}): {problem.Detail ?? problem.Title}" : problem?.Title is { } t ? $": {t}" : string.Empty),
            status, problem);
        return ToException(status, problem, remote);
    }

    /// <summary>Maps a status and problem to the typed exception (see the type's summary); <paramref name="remote"/> becomes its inner exception.</summary>
    public static Exception ToException(int status, RemoteProblemDetails? problem, RemoteCallException remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var code = problem?.Code;
        var message = problem?.Detail ?? problem?.Title ?? remote.Message;
        if (code == FitSaaSValidationException.ErrorCode || (status == (int)HttpStatusCode.BadRequest && problem?.Extensions.ContainsKey("errors") == true))
        {
            return new FitSaaSValidationException(ReadErrors(problem), remote);
        }

        if (code == EntityNotFoundException.ErrorCode)
        {
            return new EntityNotFoundException(message, remote);
        }

        if (status == (int)HttpStatusCode.Unauthorized ||
            (status == (int)HttpStatusCode.Forbidden && (code is null || code.StartsWith("Authorization:", StringComparison.Ordinal))))
        {
            return new AuthorizationException(message, code ?? (status == 401 ? AuthorizationException.UnauthenticatedCode : AuthorizationException.ForbiddenCode), remote)
            {
                PermissionName = problem?.Extensions.TryGetValue("permission", out var permission) == true && permission.ValueKind == JsonValueKind.String
                    ? permission.GetString()
                    : null,
            };
        }

        if (status is >= 400 and < 500 && code is not null)
        {
            var business = new BusinessException(code, message, remote);
            if (problem!.Extensions.TryGetValue("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in data.EnumerateObject())
                {
                    business.Details[member.Name] = ToClrValue(member.Value);
                }
            }

            return business;
        }

        return remote;
    }

    /// <summary>Parses an RFC 9457 document; null when <paramref name="body"/> is not a JSON object.</summary>
    public static RemoteProblemDetails? ParseProblem(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var extensions = root.EnumerateObject()
            .Where(p => p.Name is not ("type" or "title" or "status" or "detail" or "instance" or "code" or "traceId"))
            .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        return new RemoteProblemDetails(
            Text("type"), Text("title"),
            root.TryGetProperty("status", out var s) && s.TryGetInt32(out var st) ? st : null,
            Text("detail"), Text("instance"), Text("code"), Text("traceId"), extensions);
    }

    /// <summary>A JSON value as the closest CLR value: string, bool, int/long/decimal/double, null; objects and arrays stay <see cref="JsonElement"/>.</summary>
    public static object? ToClrValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when value.TryGetInt32(out var i) => i,
        JsonValueKind.Number when value.TryGetInt64(out var l) => l,
        JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
        JsonValueKind.Number => value.GetDouble(),
        _ => value.Clone(),
    };

    private static Dictionary<string, string[]> ReadErrors(RemoteProblemDetails? problem)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (problem is not null && problem.Extensions.TryGetValue("errors", out var json) && json.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in json.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(m => m.ToString()).ToArray()
                    : [field.Value.ToString()];
            }
        }

        return errors;
    }
}
