using System.Net;
using System.Text.Json;

namespace FitSaaS.HttpApi.Host.Tests.Isolation;

/// <summary>The probe's own parts: a probe that cannot fail proves nothing.</summary>
public sealed class IsolationProbeSelfTests
{
    private const string Document = """
        {
          "openapi": "3.0.4",
          "paths": {
            "/api/gyms/lockers": { "get": { "parameters": [ { "name": "OwnerId", "in": "query", "schema": { "type": "string", "format": "uuid" } } ] } },
            "/api/gyms/lockers/{id}": {
              "put": {
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ],
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/UpdateLockerDto" } } } }
              }
            },
            "/api/gyms/lockers/{lockerId}/keys/{name}": { "delete": { "parameters": [
              { "name": "lockerId", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } },
              { "name": "name", "in": "path", "required": true, "schema": { "type": "string" } } ] } }
          },
          "components": { "schemas": {
            "Size": { "enum": [ "Small", "Large" ], "type": "string" },
            "UpdateLockerDto": {
              "required": [ "label" ],
              "type": "object",
              "properties": {
                "label": { "maxLength": 8, "minLength": 3, "pattern": "^[a-z0-9-]+$", "type": "string" },
                "size": { "$ref": "#/components/schemas/Size" },
                "capacity": { "maximum": 50, "minimum": 5, "type": "integer", "format": "int32" },
                "ownerId": { "type": "string", "format": "uuid" },
                "note": { "type": "string", "nullable": true },
                "tags": { "minItems": 2, "type": "array", "items": { "type": "string" } }
              }
            }
          } }
        }
        """;

    private static readonly Dictionary<string, string> s_secrets = new() { ["victim-gym"] = "tenant name", ["Downtown zq1"] = "location name" };

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.BadRequest)]
    public void Judge_RefusalWithoutData_Passes(HttpStatusCode status) =>
        IsolationProbe.Judge(status, """{"code":"FitSaaS:EntityNotFound"}""", "/api/x/1", s_secrets).ShouldBeEmpty();

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.NoContent)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public void Judge_AnyOtherStatus_Fails(HttpStatusCode status) =>
        IsolationProbe.Judge(status, "", "/api/x/1", s_secrets).ShouldHaveSingleItem().ShouldContain($"status {(int)status}");

    [Fact]
    public void Judge_BodyWithVictimData_Fails_UnlessTheRequestCarriedIt()
    {
        var leaked = IsolationProbe.Judge(HttpStatusCode.NotFound, """{"detail":"Location 'downtown ZQ1' not found"}""", "/api/x/1", s_secrets);
        var echoed = IsolationProbe.Judge(HttpStatusCode.Forbidden, """{"detail":"Tenant victim-gym is not yours"}""", "__tenant: victim-gym", s_secrets);

        leaked.ShouldHaveSingleItem().ShouldContain("Downtown zq1");
        echoed.ShouldBeEmpty();
    }

    [Fact]
    public void Selectable_TakesEveryOperationWithAPathParameter_ExceptAllowListed()
    {
        var document = OpenApiDocument.Parse(Document);

        var all = IsolationProbe.Selectable(document, new Dictionary<string, string>());
        var allowed = IsolationProbe.Selectable(document, new Dictionary<string, string> { ["PUT /api/gyms/lockers/{id}"] = "test" });

        all.Select(o => o.Key).ShouldBe(["PUT /api/gyms/lockers/{id}", "DELETE /api/gyms/lockers/{lockerId}/keys/{name}"]);
        allowed.Select(o => o.Key).ShouldBe(["DELETE /api/gyms/lockers/{lockerId}/keys/{name}"]);
    }

    [Fact]
    public void SchemaSampler_FillsRequiredAndNonNullableProperties_WithinTheirConstraints()
    {
        var document = OpenApiDocument.Parse(Document);
        var owner = Guid.NewGuid().ToString();
        var sampler = new SchemaSampler(document, name => name == "ownerId" ? owner : null);
        var put = document.Operations.Single(o => o.Method == "PUT");

        var body = JsonDocument.Parse(sampler.Sample(put.BodySchema!.Value)!.ToJsonString()).RootElement;

        body.GetProperty("label").GetString()!.ShouldMatch("^[a-z0-9-]{3,8}$");
        body.GetProperty("size").GetString().ShouldBe("Small");
        body.GetProperty("capacity").GetInt32().ShouldBe(5);
        body.GetProperty("ownerId").GetString().ShouldBe(owner);
        body.TryGetProperty("note", out _).ShouldBeFalse();
        body.GetProperty("tags").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("/api/bookings/class-sessions/{id}", "id", "classsession")]
    [InlineData("/api/identity/users/{id}/lock", "id", "user")]
    [InlineData("/api/feature-management/tenants/{tenantId}/features", "tenantId", "tenant")]
    [InlineData("/api/tenant-management/tenants/{id}/domains/{name}", "name", "domain")]
    public void KindOf_NamesTheResourceAParameterPointsTo(string path, string parameter, string kind) =>
        ProbeTargets.Normalize(ProbeTargets.KindOf(path, parameter)).ShouldBe(kind);

    [Fact]
    public void For_GivesTheMatchingKindPlusOthers_OrEverythingWhenNothingMatches()
    {
        var targets = new ProbeTargets();
        targets.AddId("locations", Guid.NewGuid(), "location");
        targets.AddId("class-sessions", Guid.NewGuid(), "session");
        targets.AddId("users", Guid.NewGuid(), "user 1");
        targets.AddId("users", Guid.NewGuid(), "user 2");

        ProbeTargets.For(targets.Ids, "sessionId", 0).Select(v => v.Label).ShouldBe(["session"]);
        ProbeTargets.For(targets.Ids, "users", 1).Select(v => v.Label).ShouldBe(["user 1", "user 2", "location"]);
        ProbeTargets.For(targets.Ids, "editions", 1).Count.ShouldBe(4);
    }
}
