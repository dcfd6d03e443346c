using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Framework.Validation;

/// <summary>
/// Validates application-service arguments with DataAnnotations (<see cref="ValidationAttribute"/>,
/// <see cref="IValidatableObject"/>, class-level attributes) for every caller, so in-process callers
/// are validated like HTTP ones. Failures throw <see cref="FitSaaSValidationException"/> (400) with
/// camelCase field names. A null DTO argument is a failure too.
/// </summary>
public sealed class ValidationInterceptor(IServiceProvider services, ValidationMetadataCache metadata) : IApplicationServiceInterceptor
{
    /// <inheritdoc/>
    public Task InterceptAsync(ApplicationServiceInvocation invocation, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var parameters = invocation.Method.Parameters;
        Dictionary<string, List<string>>? errors = null;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var argument = invocation.Arguments[i];
            if (!IsDto(parameter.ParameterType))
            {
                continue;
            }

            if (argument is null && parameter.IsOptional)
            {
                // A DTO the contract declares optional (T? input = null): the body may be left out.
                continue;
            }

            errors ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (argument is null)
            {
                Add(errors, JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!), "A value is required.");
                continue;
            }

            Validate(argument, prefix: null, errors, depth: 0);
        }

        if (errors is { Count: > 0 })
        {
            throw new FitSaaSValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        return next();
    }

    private void Validate(object instance, string? prefix, Dictionary<string, List<string>> errors, int depth)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance, services, items: null), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [string.Empty];
            foreach (var member in members)
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(member);
                Add(errors, prefix is null ? name : string.IsNullOrEmpty(name) ? prefix : $"{prefix}.{name}", result.ErrorMessage ?? "Invalid value.");
            }
        }

        // Nested DTOs (one level of objects and lists of objects) are validated too.
        if (depth >= 2)
        {
            return;
        }

        foreach (var (property, name, isDto) in metadata.GetNestedProperties(instance.GetType()))
        {
            var value = property.GetValue(instance);
            var path = prefix is null ? name : $"{prefix}.{name}";
            if (value is null)
            {
                continue;
            }

            if (isDto)
            {
                Validate(value, path, errors, depth + 1);
            }
            else if (value is System.Collections.IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsDto(item.GetType()))
                    {
                        Validate(item, $"{path}[{index}]", errors, depth + 1);
                    }

                    index++;
                }
            }
        }
    }

    internal static bool IsDto(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) &&
        type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }
}
