using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// Search of the exercise library: <c>?filter=squat&amp;muscle=quadriceps&amp;equipment=barbell&amp;skipCount=0&amp;maxResultCount=10&amp;sorting=name</c>.
/// Enum values are matched by name, case-insensitively. Every criterion left out matches everything.
/// </summary>
[AllowedSorting(SortByName, SortByCategory)]
public sealed class GetExerciseListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Sort by name (the default order).</summary>
    public const string SortByName = "name";

    /// <summary>Sort by category, then name.</summary>
    public const string SortByCategory = "category";

    /// <summary>Text the name must contain, case-insensitively.</summary>
    [StringLength(ExerciseConsts.MaxFilterLength)]
    public string? Filter { get; init; }

    /// <summary>A muscle the exercise must work as a primary muscle (or secondary too, see <see cref="IncludeSecondaryMuscles"/>).</summary>
    [EnumDataType(typeof(Muscle))]
    public Muscle? Muscle { get; init; }

    /// <summary>True to let <see cref="Muscle"/> match secondary muscles too; default false.</summary>
    public bool IncludeSecondaryMuscles { get; init; }

    /// <summary>The equipment the exercise must use.</summary>
    [EnumDataType(typeof(ExerciseEquipment))]
    public ExerciseEquipment? Equipment { get; init; }

    /// <summary>The category the exercise must belong to.</summary>
    [EnumDataType(typeof(ExerciseCategory))]
    public ExerciseCategory? Category { get; init; }

    /// <summary>The level the exercise must have.</summary>
    [EnumDataType(typeof(ExerciseLevel))]
    public ExerciseLevel? Level { get; init; }

    /// <summary>True: the tenant's custom exercises only; false: the global library only; null (default): both.</summary>
    public bool? OnlyCustom { get; init; }
}
