using System.Text.Json;
using System.Text.Json.Serialization;
using FitSaaS.Framework.AspNetCore.ApiDefinition;
using FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples;

namespace FitSaaS.HttpApi.Host.Tests.ApiDefinition;

/// <summary>The builder on a sample contract: overloads, cancellation tokens, defaults, nested query inputs, dictionaries, enum styles.</summary>
public sealed class ApiDefinitionBuilderTests
{
    private static readonly JsonSerializerOptions s_stringEnums = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void Describes_TheSampleContract()
    {
        var definition = new ApiDefinitionBuilder([typeof(IGadgetAppService)], s_stringEnums).Get(includeTypes: false);

        var module = definition.Modules.ShouldHaveSingleItem();
        module.Name.ShouldBe("samples");
        var service = module.Services.ShouldHaveSingleItem();
        service.Name.ShouldBe("gadgets");
        service.Route.ShouldBe("/api/samples/gadgets");
        service.Actions.Select(a => a.Name).ShouldBe(["Delete", "Get", "GetCounts", "GetList"]);
        definition.Types.ShouldBeNull();

        var list = service.Actions.Single(a => a.Name == "GetList");
        list.ReturnType.ShouldBe(new TypeReferenceApiDefinition("[FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GadgetDto]", "array"));
        var input = list.Parameters.ShouldHaveSingleItem(); // the cancellation token is not an HTTP parameter
        input.BindingSource.ShouldBe("query");
        input.QueryKeys.ShouldBe(["filter", "range.min", "range.max"]);
        list.Id.ShouldBe("FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.IGadgetAppService.GetListAsync(FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GetGadgetsInput,System.Threading.CancellationToken)");

        var counts = service.Actions.Single(a => a.Name == "GetCounts");
        counts.Route.ShouldBe("/api/samples/gadgets/counts");
        counts.ReturnType.ShouldBe(new TypeReferenceApiDefinition("{System.String:System.Int32}", "object"));
        var filter = counts.Parameters[0];
        (filter.Name, filter.BindingSource, filter.IsOptional, filter.IsNullable, filter.DefaultValue, filter.QueryKeys).ShouldBe(("filter", "query", true, true, (object?)null, (IReadOnlyList<string>?)null));
        var kind = counts.Parameters[1];
        (kind.IsOptional, kind.IsNullable, kind.DefaultValue).ShouldBe((true, false, (object?)GadgetKind.Big));
        kind.Type.ShouldBe(new TypeReferenceApiDefinition("FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GadgetKind", "string"));

        var delete = service.Actions.Single(a => a.Name == "Delete");
        (delete.HttpMethod, delete.Route, delete.ReturnType.Name).ShouldBe(("DELETE", "/api/samples/gadgets/{id}", "void"));
        delete.Parameters.ShouldHaveSingleItem().IsOptional.ShouldBeFalse();
    }

    [Fact]
    public void Types_FollowTheJsonOptions()
    {
        var types = new ApiDefinitionBuilder([typeof(IGadgetAppService)], s_stringEnums).Get(includeTypes: true).Types!;

        types.Keys.ShouldBe(types.Keys.Order(StringComparer.Ordinal));
        types.Keys.ShouldBe([
            "FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GadgetDto",
            "FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GadgetKind",
            "FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GetGadgetsInput",
            "FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.RangeDto",
        ], ignoreOrder: true);
        var gadget = types["FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GadgetDto"];
        gadget.Properties!.Select(p => (p.Name, p.JsonName, p.IsNullable, p.IsRequired)).ShouldBe([
            ("Id", "id", false, false),
            ("Name", "label", false, true),   // [JsonPropertyName] wins; `required` is required
            ("Kind", "kind", false, false),
            ("Note", "note", true, false),    // nullable reference; the [JsonIgnore] property is not listed
        ]);
        types["FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GadgetKind"].EnumValues.ShouldBe(["Small", "Big"]);

        // Without a string enum converter the host writes numbers, and the definition says so.
        var numeric = new ApiDefinitionBuilder([typeof(IGadgetAppService)], new JsonSerializerOptions(JsonSerializerDefaults.Web)).Get(includeTypes: true);
        var kindType = numeric.Types!["FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples.GadgetKind"];
        kindType.EnumNames.ShouldBe(["Small", "Big"]);
        kindType.EnumValues.ShouldBe([1L, 2L]);
        numeric.Modules[0].Services[0].Actions.Single(a => a.Name == "GetCounts").Parameters[1].Type.JsonType.ShouldBe("integer");
    }
}
