using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.ApiDefinition;

/// <summary>
/// The committed <c>docs/openapi.json</c> is the document the host serves at <c>/swagger/v1/swagger.json</c>
/// (pretty-printed). <c>bash etc/scripts/openapi.sh</c> regenerates it by running
/// <see cref="CommittedDocument_MatchesTheLiveDocument"/> with <c>FITSAAS_UPDATE_OPENAPI=1</c>.
/// </summary>
public sealed class OpenApiDocumentTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    /// <summary>Set to <c>1</c> to write the live document to <c>docs/openapi.json</c> instead of comparing.</summary>
    public const string UpdateVariable = "FITSAAS_UPDATE_OPENAPI";

    private const string RegenerateHint = "Run `bash etc/scripts/openapi.sh` to regenerate docs/openapi.json and commit it.";

    [Fact]
    public async Task CommittedDocument_MatchesTheLiveDocument()
    {
        var live = Normalize(await FetchAsync());
        var path = CommittedPath();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, live, TestContext.Current.CancellationToken);
            TestContext.Current.SendDiagnosticMessage($"Wrote {path}");
            return;
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing. {RegenerateHint}");
        var committed = (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        if (committed != live)
        {
            Assert.Fail($"docs/openapi.json differs from the live OpenAPI document. {RegenerateHint}\n{Describe(committed, live)}");
        }
    }

    [Fact]
    public async Task LiveDocument_IsByteIdenticalAcrossGenerations_WithConfiguredServersOnly()
    {
        var first = await FetchAsync();
        var second = await FetchAsync();
        second.ShouldBe(first);

        var root = JsonNode.Parse(first)!.AsObject();
        // The relative server (the host serving the document) first, then the configured ones: never the request's own URL.
        root["servers"]!.AsArray().Select(s => (string)s!["url"]!).ShouldBe(["/", "http://localhost:5080"]);
        var paths = root["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldBe(paths.Order(StringComparer.Ordinal).ToList());
        var schemas = root["components"]!["schemas"]!.AsObject().Select(s => s.Key).ToList();
        schemas.ShouldBe(schemas.Order(StringComparer.Ordinal).ToList());
        schemas.ShouldContain("FitSaaS.Framework.Application.PagedResultDtoOfFitSaaS.Bookings.BookingDto");
        schemas.ShouldAllBe(s => !s.Contains("Version=", StringComparison.Ordinal) && !s.Contains('`', StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_NamesTheChangedPathsAndSchemas()
    {
        const string Before = """{"paths":{"/a":{"get":{}},"/b":{"get":{}}},"components":{"schemas":{"X":{"type":"string"},"Y":{}}}}""";
        const string After = """{"paths":{"/a":{"post":{}},"/c":{"get":{}}},"components":{"schemas":{"X":{"type":"integer"},"Y":{}}}}""";

        var message = Describe(Before, After);

        message.ShouldContain("path changed: /a");
        message.ShouldContain("path only in docs/openapi.json: /b");
        message.ShouldContain("path only in the live document: /c");
        message.ShouldContain("schema changed: X");
        message.ShouldNotContain(": Y");
    }

    private async Task<string> FetchAsync()
    {
        using var client = fixture.CreateClient();
        return await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative), TestContext.Current.CancellationToken);
    }

    /// <summary>Pretty-printed (two spaces, <c>\n</c>, readable escaping).</summary>
    private static string Normalize(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return root.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }

    private static string Describe(string committed, string live)
    {
        var before = JsonNode.Parse(committed)!.AsObject();
        var after = JsonNode.Parse(live)!.AsObject();
        var lines = new List<string>();
        Compare(before["paths"] as JsonObject, after["paths"] as JsonObject, "path", lines);
        Compare(before["components"]?["schemas"] as JsonObject, after["components"]?["schemas"] as JsonObject, "schema", lines);
        foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Where(k => k is not "paths" and not "components"))
        {
            if (!JsonNode.DeepEquals(before[key], after[key]))
            {
                lines.Add($"  section changed: {key}");
            }
        }

        if (!JsonNode.DeepEquals(before["components"]?["securitySchemes"], after["components"]?["securitySchemes"]))
        {
            lines.Add("  section changed: components.securitySchemes");
        }

        return lines.Count == 0 ? "  (same content, different formatting)" : string.Join('\n', lines.Take(100));
    }

    private static void Compare(JsonObject? before, JsonObject? after, string kind, List<string> lines)
    {
        before ??= [];
        after ??= [];
        foreach (var (key, value) in before)
        {
            if (!after.ContainsKey(key))
            {
                lines.Add($"  {kind} only in docs/openapi.json: {key}");
            }
            else if (!JsonNode.DeepEquals(value, after[key]))
            {
                lines.Add($"  {kind} changed: {key}");
            }
        }

        lines.AddRange(after.Where(p => !before.ContainsKey(p.Key)).Select(p => $"  {kind} only in the live document: {p.Key}"));
    }

    private static string CommittedPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FitSaaS.sln")))
            {
                return Path.Combine(directory.FullName, "docs", "openapi.json");
            }
        }

        throw new InvalidOperationException($"FitSaaS.sln not found above {AppContext.BaseDirectory}.");
    }
}
