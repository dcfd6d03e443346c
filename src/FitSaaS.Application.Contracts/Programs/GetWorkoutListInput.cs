using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>Search of the workout library (by title): <c>?filter=fran&amp;isBenchmark=true&amp;skipCount=0&amp;maxResultCount=10</c>.</summary>
public sealed class GetWorkoutListInput : PagedResultRequestDto
{
    /// <summary>Text the title must contain, case-insensitively.</summary>
    [StringLength(ProgrammingConsts.MaxTitleLength)]
    public string? Filter { get; init; }

    /// <summary>The scoring type the workout must have.</summary>
    [EnumDataType(typeof(ScoringType))]
    public ScoringType? ScoringType { get; init; }

    /// <summary>True: benchmarks only; false: non-benchmarks only; null: both.</summary>
    public bool? IsBenchmark { get; init; }

    /// <summary>True: the tenant's own only; false: the global library only; null (default): both.</summary>
    public bool? OnlyCustom { get; init; }
}
