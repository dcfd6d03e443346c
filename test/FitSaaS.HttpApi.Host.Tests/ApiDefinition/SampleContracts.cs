using System.Text.Json.Serialization;
using FitSaaS.Framework.Application;

// A contract outside the product's modules (never emitted as a controller), for ApiDefinitionBuilderTests.
namespace FitSaaS.HttpApi.Host.Tests.ApiDefinition.Samples;

public interface IGadgetAppService : IApplicationService
{
    Task<GadgetDto> GetAsync(Guid id);

    Task<IReadOnlyList<GadgetDto>> GetListAsync(GetGadgetsInput input, CancellationToken cancellationToken = default);

    Task<Dictionary<string, int>> GetCountsAsync(string? filter = null, GadgetKind kind = GadgetKind.Big);

    Task DeleteAsync(Guid id);
}

public enum GadgetKind
{
    Small = 1,
    Big = 2,
}

public sealed class GadgetDto
{
    public Guid Id { get; init; }

    [JsonPropertyName("label")]
    public required string Name { get; init; }

    public GadgetKind Kind { get; init; }

    public string? Note { get; init; }

    [JsonIgnore]
    public string Secret { get; init; } = string.Empty;
}

public sealed class GetGadgetsInput
{
    public string? Filter { get; init; }

    public RangeDto? Range { get; init; }
}

public sealed class RangeDto
{
    public int Min { get; init; }

    public int Max { get; init; }
}
