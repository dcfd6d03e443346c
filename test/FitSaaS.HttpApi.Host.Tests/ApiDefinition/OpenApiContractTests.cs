using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.HttpApi.Host.Tests.ApiDefinition;

/// <summary>
/// The OpenAPI document as a contract other tools use: unique, stable operation ids; a summary per operation; problem
/// responses as <c>application/problem+json</c> with the <c>ProblemDetails</c> schema and their possible codes, each under
/// the status the modules map it to; <c>info.license</c>, <c>servers</c> and a description for every tag. Statuses are
/// stated once, in the modules' error-status map: the contracts' XML docs name codes only.
/// </summary>
public sealed partial class OpenApiContractTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private static readonly string[] s_problemStatuses = ["400", "401", "403", "404", "409", "422", "429"];

    [Fact]
    public async Task EveryOperation_HasAUniqueOperationId_AndASummary()
    {
        var operations = Operations(await FetchAsync()).ToList();

        operations.Count.ShouldBeGreaterThan(80);
        var ids = operations.Select(o => (string?)o.Operation["operationId"]).ToList();
        ids.ShouldAllBe(id => id != null && OperationIdPattern().IsMatch(id));
        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(ids.Count, "duplicate operationIds: " +
            string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key)));
        operations.Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["summary"]))
            .Select(o => $"{o.Method} {o.Path}").ShouldBeEmpty("operations without a summary");
    }

    [Theory]
    [InlineData("post", "/api/bookings/bookings", "Booking_Create")]
    [InlineData("get", "/api/bookings/class-sessions", "ClassSession_GetList")]
    [InlineData("get", "/api/bookings/class-sessions/{id}/roster", "ClassSession_GetRoster")]
    [InlineData("post", "/api/tenant-management/tenants/{id}/domain", "Tenant_AddDomain")]
    [InlineData("put", "/api/feature-management/tenants/{tenantId}/edition", "TenantFeature_UpdateEdition")]
    [InlineData("get", "/api/api-definition", "ApiDefinition_Get")]
    [InlineData("post", "/connect/token", "TokenServer_Exchange")]
    [InlineData("get", "/connect/userinfo", "TokenServer_GetUserInfo")]
    public async Task OperationIds_AreNamedAfterTheContract_NotAfterEndpointOrder(string method, string path, string operationId)
    {
        var root = await FetchAsync();

        ((string?)root["paths"]![path]![method]!["operationId"]).ShouldBe(operationId);
    }

    [Fact]
    public async Task ProblemResponses_AreProblemJson_WithTheProblemSchema_AndCodes()
    {
        var root = await FetchAsync();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (method, path, operation) in Operations(root))
        {
            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                if (string.CompareOrdinal(status, "400") < 0)
                {
                    continue;
                }

                seen.Add(status);
                var content = response!["content"]!.AsObject();
                content.Select(c => c.Key).ShouldBe(["application/problem+json"], $"{method} {path} {status}");
                ((string?)content["application/problem+json"]!["schema"]!["$ref"]).ShouldBe("#/components/schemas/ProblemDetails");
                var codes = response["x-problem-codes"]?.AsArray().Select(c => (string)c!).ToList() ?? [];
                codes.ShouldNotBeEmpty($"{method} {path} {status} lists no code");
                codes.ShouldAllBe(c => ((string)response["description"]!).Contains("`" + c + "`", StringComparison.Ordinal));
            }
        }

        s_problemStatuses.ShouldBeSubsetOf(seen);
        var schema = root["components"]!["schemas"]!["ProblemDetails"]!;
        schema["required"]!.AsArray().Select(r => (string)r!).ShouldContain("code");
        schema["properties"]!.AsObject().Select(p => p.Key).ShouldBe(
            ["type", "title", "status", "detail", "instance", "code", "traceId", "errors", "data", "permission"], ignoreOrder: true);
    }

    [Fact]
    public async Task ProblemCodes_AreListedUnderTheStatusTheModulesMapThemTo()
    {
        var root = await FetchAsync();
        var statuses = fixture.Services.GetRequiredService<IOptions<ExceptionHttpStatusOptions>>().Value.CodeStatuses;
        var fixedStatuses = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FitSaaSValidationException.ErrorCode] = "400",
            [AuthorizationException.UnauthenticatedCode] = "401",
            [AuthorizationException.ForbiddenCode] = "403",
            [EntityNotFoundException.ErrorCode] = "404",
            ["TokenServer:RateLimited"] = "429",
        };
        var declared = DeclaredCodes();

        foreach (var (method, path, operation) in Operations(root))
        {
            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                foreach (var code in response!["x-problem-codes"]?.AsArray().Select(c => (string)c!) ?? [])
                {
                    declared.ShouldContain(code, $"{method} {path} names an undeclared code");
                    var expected = fixedStatuses.TryGetValue(code, out var fixedStatus) ? fixedStatus
                        : statuses.TryGetValue(code, out var mapped) ? mapped.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : "422";
                    status.ShouldBe(expected, $"{method} {path}: {code}");
                }
            }
        }

        Codes(root, "post", "/api/bookings/bookings", "409").ShouldContain("Bookings:AlreadyBooked");
        Codes(root, "post", "/api/bookings/bookings", "422").ShouldContain("Bookings:SessionStarted");
        Codes(root, "post", "/api/bookings/bookings", "404").ShouldBe(["FitSaaS:EntityNotFound"]);
        Codes(root, "post", "/api/tenant-management/tenants", "400").ShouldContain("TenantManagement:InvalidConnectionString");
        Codes(root, "get", "/api/programs/exercises", "403").ShouldBe(["Authorization:Forbidden", "Features:NotEnabled"]);
        Codes(root, "put", "/api/bookings/class-sessions/{id}", "409").ShouldContain("FitSaaS:ConcurrencyConflict");
        Codes(root, "post", "/connect/token", "429").ShouldBe(["TokenServer:RateLimited"]);
        root["paths"]!["/api/account/register"]!["post"]!["responses"]!.AsObject().ContainsKey("401").ShouldBeFalse("anonymous");
    }

    [Fact]
    public async Task Document_HasLicence_Servers_AndADescriptionForEveryTag()
    {
        var root = await FetchAsync();

        ((string?)root["info"]!["license"]!["name"]).ShouldNotBeNullOrWhiteSpace();
        ((string?)root["info"]!["description"]).ShouldNotBeNullOrWhiteSpace();
        root["servers"]!.AsArray().ShouldNotBeEmpty();
        var tags = root["tags"]!.AsArray();
        tags.Select(t => (string)t!["name"]!).ShouldContain("BookingAppService");
        tags.Where(t => string.IsNullOrWhiteSpace((string?)t!["description"])).Select(t => (string?)t!["name"])
            .ShouldBeEmpty("tags without a description");
        var used = Operations(root).SelectMany(o => o.Operation["tags"]!.AsArray().Select(t => (string)t!)).ToHashSet();
        used.ShouldBeSubsetOf(tags.Select(t => (string)t!["name"]!));
    }

    /// <summary>The XML docs of contracts and domain name error codes only; the HTTP status is the module's mapping.</summary>
    [Theory]
    [InlineData("FitSaaS.Application.Contracts")]
    [InlineData("FitSaaS.Domain.Shared")]
    [InlineData("FitSaaS.Domain")]
    public void XmlDocs_OfContractsAndDomain_StateNoHttpStatus(string assembly)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assembly + ".xml");
        File.Exists(path).ShouldBeTrue(path);

        var offenders = XDocument.Load(path).Descendants("member")
            .Where(m => StatusPattern().IsMatch(m.Value))
            .Select(m => (string?)m.Attribute("name") + ": " + StatusPattern().Match(m.Value).Value)
            .ToList();

        offenders.ShouldBeEmpty("XML docs stating an HTTP status (name the error code; ExceptionHttpStatusOptions maps it)");
    }

    private static List<string> Codes(JsonNode root, string method, string path, string status) =>
        root["paths"]![path]![method]!["responses"]![status]!["x-problem-codes"]!.AsArray().Select(c => (string)c!).ToList();

    /// <summary>Every <c>public const string</c> that looks like an error code in the application's assemblies.</summary>
    private static HashSet<string> DeclaredCodes() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("FitSaaS.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => CodePattern().IsMatch(v))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonNode root) =>
        root["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (o.Key, p.Key, o.Value!.AsObject())));

    private async Task<JsonNode> FetchAsync()
    {
        using var client = fixture.CreateClient();
        var json = await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonNode.Parse(json)!;
    }

    [GeneratedRegex("^[A-Z][A-Za-z]*_[A-Z][A-Za-z]*$")]
    private static partial Regex OperationIdPattern();

    [GeneratedRegex("^[A-Z][A-Za-z]*:[A-Z][A-Za-z]*$")]
    private static partial Regex CodePattern();

    /// <summary>A 4xx status as a number in prose: "(409)", "gives 422", "HTTP 404", "→ 400".</summary>
    [GeneratedRegex(@"(?<![\w.-])4(?:0\d|2[29])(?![\w.-])")]
    private static partial Regex StatusPattern();
}
