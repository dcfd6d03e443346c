using System.Net;
using System.Text.Json;
using FitSaaS.Bookings;
using FitSaaS.Framework.AspNetCore.ApiDefinition;
using FitSaaS.Framework.AspNetCore.AutoApi;
using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.HttpApi.Host.Tests.ApiDefinition;

/// <summary>
/// <c>GET /api/api-definition</c>: its shape, and that it agrees with the OpenAPI document the host serves (same
/// operations, same route and query parameters, a body exactly when it has a body parameter, same DTO property names).
/// </summary>
public sealed class ApiDefinitionTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task EveryActionIsAnOpenApiOperation_WithTheSameParameters()
    {
        var (definition, document) = await LoadAsync(includeTypes: false);
        var operations = document.Operations.ToDictionary(o => o.Key);
        var problems = new List<string>();
        var actions = Actions(definition).ToList();
        actions.Count.ShouldBeGreaterThan(50);
        foreach (var action in actions)
        {
            var key = $"{action.GetProperty("httpMethod").GetString()} {action.GetProperty("route").GetString()}";
            if (!operations.TryGetValue(key, out var operation))
            {
                problems.Add($"{key}: in the API definition, not in the OpenAPI document");
                continue;
            }

            var parameters = action.GetProperty("parameters").EnumerateArray().ToList();
            var routeNames = parameters.Where(p => Source(p) == "route").Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal);
            var pathNames = operation.PathParameters.Select(p => p.Name).Order(StringComparer.Ordinal);
            if (!routeNames.SequenceEqual(pathNames))
            {
                problems.Add($"{key}: route parameters [{string.Join(",", routeNames)}] vs path parameters [{string.Join(",", pathNames)}]");
            }

            // A simple query value is its own key; a complex query input travels as its flattened properties.
            var queryKeys = parameters.Where(p => Source(p) == "query")
                .SelectMany(p => p.GetProperty("queryKeys").ValueKind == JsonValueKind.Array
                    ? p.GetProperty("queryKeys").EnumerateArray().Select(k => k.GetString()!)
                    : [p.GetProperty("name").GetString()!])
                .Order(StringComparer.Ordinal);
            var openApiQuery = operation.QueryParameters.Select(p => p.Name).Order(StringComparer.Ordinal);
            if (!queryKeys.SequenceEqual(openApiQuery))
            {
                problems.Add($"{key}: query keys [{string.Join(",", queryKeys)}] vs OpenAPI query parameters [{string.Join(",", openApiQuery)}]");
            }

            var hasBody = parameters.Any(p => Source(p) == "body");
            if (hasBody != (operation.BodySchema is not null))
            {
                problems.Add($"{key}: body parameter {hasBody}, OpenAPI request body {operation.BodySchema is not null}");
            }
        }

        actions.Select(a => a.GetProperty("id").GetString()).ShouldBeUnique();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryOpenApiOperationOfAnApplicationService_IsInTheApiDefinition()
    {
        var (definition, document) = await LoadAsync(includeTypes: false);
        var described = Actions(definition)
            .Select(a => $"{a.GetProperty("httpMethod").GetString()} {a.GetProperty("route").GetString()}")
            .ToHashSet(StringComparer.Ordinal);

        // Hand-written endpoints (token server, application configuration, this endpoint, health) are not emitted
        // auto API controllers: decided by the marker the emitter puts on every controller it emits.
        var handWritten = fixture.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor is not ControllerActionDescriptor controller ||
                !controller.ControllerTypeInfo.IsDefined(typeof(AutoApiControllerAttribute), inherit: false))
            .Select(d => $"{d.HttpMethod} /{d.RelativePath}")
            .ToHashSet(StringComparer.Ordinal);
        handWritten.ShouldContain("GET /api/application-configuration");
        handWritten.ShouldContain("GET " + ApiDefinitionEndpoint.Route);
        handWritten.ShouldContain("POST /connect/token");

        var fromAppServices = document.Operations.Select(o => o.Key).Where(k => !handWritten.Contains(k)).ToList();
        fromAppServices.Where(k => !described.Contains(k)).ShouldBeEmpty("OpenAPI operations of application services missing from the API definition");
        fromAppServices.Count.ShouldBe(described.Count);
        fromAppServices.ShouldAllBe(k => k.Contains(" /api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BookingsCreate_IsAPostWithTheInputInTheBody()
    {
        var (definition, _) = await LoadAsync(includeTypes: false);
        var service = Service(definition, "bookings", "bookings");
        service.GetProperty("contract").GetString().ShouldBe(typeof(IBookingAppService).FullName);
        service.GetProperty("route").GetString().ShouldBe("/api/bookings/bookings");

        var create = Action(service, "Create");
        create.GetProperty("httpMethod").GetString().ShouldBe("POST");
        create.GetProperty("route").GetString().ShouldBe("/api/bookings/bookings");
        create.GetProperty("contract").GetString().ShouldBe(typeof(IBookingAppService).FullName);
        create.GetProperty("id").GetString().ShouldBe("FitSaaS.Bookings.IBookingAppService.CreateAsync(FitSaaS.Bookings.CreateBookingDto)");
        create.GetProperty("returnType").GetProperty("name").GetString().ShouldBe(typeof(BookingDto).FullName);
        var input = create.GetProperty("parameters").EnumerateArray().ShouldHaveSingleItem();
        input.GetProperty("name").GetString().ShouldBe("input");
        input.GetProperty("bindingSource").GetString().ShouldBe("body");
        input.GetProperty("type").GetProperty("name").GetString().ShouldBe(typeof(CreateBookingDto).FullName);
        input.GetProperty("type").GetProperty("jsonType").GetString().ShouldBe("object");
        input.GetProperty("isOptional").GetBoolean().ShouldBeFalse();

        // The complex input of a GET is one query parameter whose flattened keys are listed.
        var list = Action(service, "GetList");
        list.GetProperty("httpMethod").GetString().ShouldBe("GET");
        list.GetProperty("returnType").GetProperty("name").GetString().ShouldBe("FitSaaS.Framework.Application.PagedResultDto<FitSaaS.Bookings.BookingDto>");
        var query = list.GetProperty("parameters").EnumerateArray().ShouldHaveSingleItem();
        query.GetProperty("bindingSource").GetString().ShouldBe("query");
        query.GetProperty("type").GetProperty("name").GetString().ShouldBe(typeof(GetBookingListInput).FullName);
        query.GetProperty("queryKeys").EnumerateArray().Select(k => k.GetString()).ShouldBe(
            ["classSessionId", "memberId", "status", "sessionStartsFromUtc", "sessionStartsBeforeUtc", "sorting", "skipCount", "maxResultCount"], ignoreOrder: true);
    }

    [Fact]
    public async Task ClassSessionRoster_IsAGetWithTheIdInTheRoute_AndDeleteReturnsVoid()
    {
        var (definition, _) = await LoadAsync(includeTypes: false);
        var service = Service(definition, "bookings", "class-sessions");

        var roster = Action(service, "GetRoster");
        roster.GetProperty("httpMethod").GetString().ShouldBe("GET");
        roster.GetProperty("route").GetString().ShouldBe("/api/bookings/class-sessions/{id}/roster");
        var id = roster.GetProperty("parameters").EnumerateArray().ShouldHaveSingleItem();
        id.GetProperty("name").GetString().ShouldBe("id");
        id.GetProperty("bindingSource").GetString().ShouldBe("route");
        id.GetProperty("type").GetProperty("name").GetString().ShouldBe("System.Guid");
        id.GetProperty("type").GetProperty("jsonType").GetString().ShouldBe("string");
        id.GetProperty("isNullable").GetBoolean().ShouldBeFalse();
        roster.GetProperty("returnType").GetProperty("name").GetString().ShouldBe(typeof(ClassSessionRosterDto).FullName);

        var update = Action(service, "Update");
        update.GetProperty("httpMethod").GetString().ShouldBe("PUT");
        update.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), Source(p)))
            .ShouldBe([("id", "route"), ("input", "body")]);

        var delete = Action(service, "Delete");
        delete.GetProperty("httpMethod").GetString().ShouldBe("DELETE");
        delete.GetProperty("returnType").GetProperty("name").GetString().ShouldBe("void");
        delete.GetProperty("returnType").GetProperty("jsonType").GetString().ShouldBe("void");
    }

    [Fact]
    public async Task IncludeTypes_DescribesDtosAndEnumsLikeTheOpenApiDocument()
    {
        var (definition, document) = await LoadAsync(includeTypes: true);
        var types = definition.GetProperty("types");

        var create = types.GetProperty(typeof(CreateBookingDto).FullName!);
        create.GetProperty("kind").GetString().ShouldBe("object");
        var createProperties = create.GetProperty("properties").EnumerateArray().ToList();
        createProperties.Select(p => p.GetProperty("name").GetString()).ShouldBe(
            [nameof(CreateBookingDto.ClassSessionId), nameof(CreateBookingDto.MemberId), nameof(CreateBookingDto.Hold), nameof(CreateBookingDto.Reason)]);
        createProperties[0].GetProperty("jsonName").GetString().ShouldBe("classSessionId");
        createProperties[0].GetProperty("type").GetProperty("name").GetString().ShouldBe("System.Guid");
        createProperties[0].GetProperty("isNullable").GetBoolean().ShouldBeFalse();
        createProperties[1].GetProperty("jsonName").GetString().ShouldBe("memberId");
        createProperties[1].GetProperty("type").GetProperty("name").GetString().ShouldBe("System.Guid?");
        createProperties[1].GetProperty("isNullable").GetBoolean().ShouldBeTrue();

        // Enums are written as their names by the host (JsonStringEnumConverter), and described so.
        var status = types.GetProperty(typeof(BookingStatus).FullName!);
        status.GetProperty("kind").GetString().ShouldBe("enum");
        status.GetProperty("enumNames").EnumerateArray().Select(e => e.GetString()).ShouldBe(Enum.GetNames<BookingStatus>());
        status.GetProperty("enumValues").EnumerateArray().Select(e => e.GetString()).ShouldBe(Enum.GetNames<BookingStatus>());
        var openApiEnum = document.Resolve(Schema(document, typeof(BookingStatus).FullName!));
        openApiEnum.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(Enum.GetNames<BookingStatus>());

        // Generic DTOs by their definition, with the generic argument names.
        var paged = types.GetProperty("FitSaaS.Framework.Application.PagedResultDto<T>");
        paged.GetProperty("genericArguments").EnumerateArray().Select(a => a.GetString()).ShouldBe(["T"]);
        paged.GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("jsonName").GetString(), p.GetProperty("type").GetProperty("name").GetString()))
            .ShouldBe([("items", "[T]"), ("totalCount", "System.Int64")]);

        // Base types carry the inherited properties.
        types.GetProperty(typeof(GetBookingListInput).FullName!).GetProperty("baseType").GetString()
            .ShouldBe("FitSaaS.Framework.Application.PagedAndSortedResultRequestDto");

        // Every non-generic DTO that the OpenAPI document also describes has the same JSON property names there.
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var type in types.EnumerateObject().Where(t => t.Value.GetProperty("kind").GetString() == "object" && !t.Name.Contains('<', StringComparison.Ordinal)))
        {
            if (!document.Root.GetProperty("components").GetProperty("schemas").TryGetProperty(type.Name, out var schema))
            {
                continue;
            }

            compared++;
            var ours = AllJsonNames(types, type.Name).Order(StringComparer.Ordinal).ToList();
            var theirs = schema.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            if (!ours.SequenceEqual(theirs))
            {
                mismatches.Add($"{type.Name}: [{string.Join(",", ours)}] vs OpenAPI [{string.Join(",", theirs)}]");
            }
        }

        compared.ShouldBeGreaterThan(40);
        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public async Task Anonymous_Gets200_UnknownQueryValuesAreIgnored_AndABadIncludeTypesIsA400Problem()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = fixture.CreateClient();

        using var plain = await anonymous.GetAsync(new Uri(ApiDefinitionEndpoint.Route + "?foo=bar&includeTypes=false", UriKind.Relative), ct);
        plain.StatusCode.ShouldBe(HttpStatusCode.OK);
        plain.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using (var body = JsonDocument.Parse(await plain.Content.ReadAsStringAsync(ct)))
        {
            body.RootElement.GetProperty("types").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        using var upper = await anonymous.GetAsync(new Uri(ApiDefinitionEndpoint.Route + "?includeTypes=True", UriKind.Relative), ct);
        upper.StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var bad in new[] { "yes", "1", "%00", "true,false", "true&includeTypes=false" })
        {
            using var response = await anonymous.GetAsync(new Uri($"{ApiDefinitionEndpoint.Route}?includeTypes={bad}", UriKind.Relative), ct);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, bad);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            problem.RootElement.GetProperty("code").GetString().ShouldBe("FitSaaS:ValidationFailed");
            problem.RootElement.GetProperty("errors").TryGetProperty("includeTypes", out _).ShouldBeTrue();
        }

        // A signed-in caller gets the same document (it describes routes, not data).
        using var admin = await fixture.CreateHostAdminClientAsync();
        (await admin.GetStringAsync(new Uri(ApiDefinitionEndpoint.Route, UriKind.Relative), ct))
            .ShouldBe(await anonymous.GetStringAsync(new Uri(ApiDefinitionEndpoint.Route, UriKind.Relative), ct));
    }

    [Fact]
    public void Builder_BuildsOnce_InADeterministicOrder()
    {
        var builder = fixture.Services.GetRequiredService<ApiDefinitionBuilder>();
        builder.Get(includeTypes: true).ShouldBeSameAs(builder.Get(includeTypes: true));
        builder.Get(includeTypes: false).ShouldBeSameAs(builder.Get(includeTypes: false));

        var modules = builder.Get(includeTypes: false).Modules;
        modules.Select(m => m.Name).ShouldBe(modules.Select(m => m.Name).Order(StringComparer.Ordinal));
        modules.ShouldAllBe(m => m.Services.Select(s => s.Name).SequenceEqual(m.Services.Select(s => s.Name).Order(StringComparer.Ordinal)));
        modules.SelectMany(m => m.Services).ShouldAllBe(s => s.Actions.Select(a => a.Name).SequenceEqual(s.Actions.Select(a => a.Name).Order(StringComparer.Ordinal)));
        modules.Select(m => m.Name).ShouldContain("bookings");
    }

    private async Task<(JsonElement Definition, OpenApiDocument Document)> LoadAsync(bool includeTypes)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.CreateClient();
        var definition = JsonDocument.Parse(await client.GetStringAsync(
            new Uri($"{ApiDefinitionEndpoint.Route}?includeTypes={(includeTypes ? "true" : "false")}", UriKind.Relative), ct)).RootElement.Clone();
        var document = OpenApiDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative), ct));
        return (definition, document);
    }

    private static IEnumerable<JsonElement> Actions(JsonElement definition) =>
        definition.GetProperty("modules").EnumerateArray()
            .SelectMany(m => m.GetProperty("services").EnumerateArray())
            .SelectMany(s => s.GetProperty("actions").EnumerateArray());

    private static JsonElement Service(JsonElement definition, string module, string service) =>
        definition.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("name").GetString() == module)
            .GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == service);

    private static JsonElement Action(JsonElement service, string name) =>
        service.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == name);

    private static string? Source(JsonElement parameter) => parameter.GetProperty("bindingSource").GetString();

    private static JsonElement Schema(OpenApiDocument document, string id) =>
        document.Root.GetProperty("components").GetProperty("schemas").GetProperty(id);

    private static IEnumerable<string> AllJsonNames(JsonElement types, string name)
    {
        for (var type = types.GetProperty(name); ;)
        {
            foreach (var property in type.GetProperty("properties").EnumerateArray())
            {
                yield return property.GetProperty("jsonName").GetString()!;
            }

            if (type.GetProperty("baseType").GetString() is not { } baseType)
            {
                yield break;
            }

            type = types.GetProperty(baseType);
        }
    }
}
