using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace FitSaaS.Framework.Application;

/// <summary>
/// Validates a sorting string (<c>field</c>, <c>field asc</c> or <c>field desc</c>, case-insensitive)
/// against a whitelist of field names. Apply it to the input class; it checks its <c>Sorting</c> property.
/// </summary>
/// <param name="fields">The sortable field names, camelCase as clients send them.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowedSortingAttribute(params string[] fields) : ValidationAttribute
{
    /// <summary>The whitelisted fields.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> s_fieldsByType = new();

    /// <summary>
    /// The sort fields whitelisted on <paramref name="inputType"/> (empty when it has no <see cref="AllowedSortingAttribute"/>),
    /// read once per type: list endpoints call this on every request.
    /// </summary>
    public static IReadOnlyList<string> GetFields(Type inputType)
    {
        ArgumentNullException.ThrowIfNull(inputType);
        return s_fieldsByType.GetOrAdd(inputType, static type => type.GetCustomAttribute<AllowedSortingAttribute>()?.Fields ?? []);
    }

    /// <inheritdoc/>
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not PagedAndSortedResultRequestDto { Sorting: { } sorting } || string.IsNullOrWhiteSpace(sorting))
        {
            return ValidationResult.Success;
        }

        return SortingSpec.TryParse(sorting, Fields, out _)
            ? ValidationResult.Success
            : new ValidationResult(
                $"Sorting must be one of: {string.Join(", ", Fields)}, optionally followed by 'asc' or 'desc'.",
                [nameof(PagedAndSortedResultRequestDto.Sorting)]);
    }
}
