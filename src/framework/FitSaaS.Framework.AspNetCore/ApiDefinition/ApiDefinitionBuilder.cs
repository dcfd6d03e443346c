using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.Options;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>
/// Builds the <see cref="ApplicationApiDefinition"/> from the same source as the emitted controllers: the module
/// container's application-service contracts (<see cref="HttpApiConventions.GetServiceContracts(ModuleContainer)"/>) and
/// <see cref="HttpApiConventions.GetAction"/>. Type and property names follow the host's MVC JSON options. The result
/// cannot change while the application runs, so each variant is built once and kept.
/// </summary>
public sealed class ApiDefinitionBuilder
{
    private readonly IReadOnlyList<Type> _contracts;
    private readonly JsonSerializerOptions _json;
    private readonly Lazy<ApplicationApiDefinition> _withoutTypes;
    private readonly Lazy<ApplicationApiDefinition> _withTypes;

    /// <summary>Creates the builder over the contracts of the application's loaded modules.</summary>
    public ApiDefinitionBuilder(ModuleContainer modules, IOptions<MvcJsonOptions> jsonOptions)
        : this(HttpApiConventions.GetServiceContracts(modules ?? throw new ArgumentNullException(nameof(modules))),
            (jsonOptions ?? throw new ArgumentNullException(nameof(jsonOptions))).Value.JsonSerializerOptions)
    {
    }

    /// <summary>Creates the builder over explicit contracts and JSON options (tests, tools).</summary>
    public ApiDefinitionBuilder(IReadOnlyList<Type> contracts, JsonSerializerOptions json)
    {
        _contracts = contracts ?? throw new ArgumentNullException(nameof(contracts));
        _json = json ?? throw new ArgumentNullException(nameof(json));
        _withoutTypes = new Lazy<ApplicationApiDefinition>(() => Build(includeTypes: false));
        _withTypes = new Lazy<ApplicationApiDefinition>(() => Build(includeTypes: true));
    }

    /// <summary>The API definition; with <paramref name="includeTypes"/> also the DTOs and enums it reaches.</summary>
    public ApplicationApiDefinition Get(bool includeTypes) => includeTypes ? _withTypes.Value : _withoutTypes.Value;

    private ApplicationApiDefinition Build(bool includeTypes)
    {
        var context = new BuildContext(_json);
        var modules = _contracts
            .Select(contract => (Module: HttpApiConventions.GetModuleName(contract), Service: BuildService(contract, context)))
            .GroupBy(x => x.Module, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ModuleApiDefinition(g.Key, g.Select(x => x.Service)
                .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Contract, StringComparer.Ordinal).ToList()))
            .ToList();
        return new ApplicationApiDefinition(modules, includeTypes ? context.DescribeReachableTypes() : null);
    }

    private static ServiceApiDefinition BuildService(Type contract, BuildContext context)
    {
        var actions = HttpApiConventions.GetActionMethods(contract)
            .Select(method => BuildAction(contract, method, context))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return new ServiceApiDefinition(HttpApiConventions.GetControllerName(contract), ContractName(contract),
            "/" + HttpApiConventions.GetControllerRoute(contract), actions);
    }

    private static ActionApiDefinition BuildAction(Type contract, MethodInfo method, BuildContext context)
    {
        var action = HttpApiConventions.GetAction(contract, method);
        var declared = method.GetParameters();
        var parameters = new List<ParameterApiDefinition>();
        for (var i = 0; i < declared.Length; i++)
        {
            var source = action.Parameters[i].Source;
            if (source == HttpApiBindingSource.Special)
            {
                continue;
            }

            parameters.Add(BuildParameter(declared[i], source, context));
        }

        var returnType = method.ReturnType;
        if (returnType == typeof(Task) || returnType == typeof(ValueTask) || returnType == typeof(void))
        {
            returnType = typeof(void);
        }
        else if (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            returnType = returnType.GetGenericArguments()[0];
        }

        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^5] : method.Name;
        var id = $"{ContractName(contract)}.{method.Name}({string.Join(",", declared.Select(p => context.TypeName(p.ParameterType)))})";
        return new ActionApiDefinition(id, name, action.HttpMethod, "/" + action.Template, parameters,
            context.Reference(returnType), ContractName(contract));
    }

    private static ParameterApiDefinition BuildParameter(ParameterInfo parameter, HttpApiBindingSource source, BuildContext context)
    {
        var type = parameter.ParameterType;
        var isNullable = Nullable.GetUnderlyingType(type) is not null ||
            (!type.IsValueType && context.Nullability.Create(parameter).WriteState == NullabilityState.Nullable);
        var complexQuery = source == HttpApiBindingSource.Query && !HttpApiConventions.IsSimple(type);
        var isOptional = source switch
        {
            HttpApiBindingSource.Route => false,
            // MVC requires a non-nullable reference (implicit [Required]); value types default, complex inputs bind what is there.
            _ => parameter.HasDefaultValue || isNullable || complexQuery || (type.IsValueType && source == HttpApiBindingSource.Query),
        };
        var defaultValue = parameter.HasDefaultValue && parameter.DefaultValue is not null and not DBNull
            ? (type.IsEnum || Nullable.GetUnderlyingType(type)?.IsEnum == true ? Enum.ToObject(Nullable.GetUnderlyingType(type) ?? type, parameter.DefaultValue) : parameter.DefaultValue)
            : null;
        return new ParameterApiDefinition(parameter.Name!, ToBindingSource(source), context.Reference(type), isOptional, isNullable, defaultValue,
            complexQuery ? context.QueryKeys(type) : null);
    }

    private static string ToBindingSource(HttpApiBindingSource source) => source switch
    {
        HttpApiBindingSource.Route => "route",
        HttpApiBindingSource.Query => "query",
        HttpApiBindingSource.Body => "body",
        _ => "special",
    };

    private static string ContractName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    /// <summary>Type naming, JSON shapes and the set of types reached while building one definition.</summary>
    private sealed class BuildContext(JsonSerializerOptions json)
    {
        private readonly HashSet<Type> _reached = [];

        public NullabilityInfoContext Nullability { get; } = new();

        public TypeReferenceApiDefinition Reference(Type type)
        {
            Reach(type);
            return new TypeReferenceApiDefinition(TypeName(type), JsonType(type));
        }

        public string TypeName(Type type)
        {
            if (type == typeof(void))
            {
                return "void";
            }

            if (type.IsGenericParameter)
            {
                return type.Name;
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return TypeName(underlying) + "?";
            }

            if (DictionaryTypes(type) is { } kv)
            {
                return $"{{{TypeName(kv.Key)}:{TypeName(kv.Value)}}}";
            }

            if (ElementType(type) is { } element)
            {
                return $"[{TypeName(element)}]";
            }

            if (type.IsGenericType)
            {
                var definition = type.GetGenericTypeDefinition().FullName ?? type.Name;
                definition = definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.');
                return $"{definition}<{string.Join(",", type.GetGenericArguments().Select(TypeName))}>";
            }

            return (type.FullName ?? type.Name).Replace('+', '.');
        }

        public string JsonType(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(void))
            {
                return "void";
            }

            if (type.IsEnum)
            {
                return EnumJsonValues(type).FirstOrDefault() is long ? "integer" : "string";
            }

            if (type == typeof(bool))
            {
                return "boolean";
            }

            if (type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort) || type == typeof(int) ||
                type == typeof(uint) || type == typeof(long) || type == typeof(ulong))
            {
                return "integer";
            }

            if (type == typeof(float) || type == typeof(double) || type == typeof(decimal))
            {
                return "number";
            }

            if (type == typeof(string) || type == typeof(char) || type == typeof(Guid) || type == typeof(DateTime) || type == typeof(DateTimeOffset) ||
                type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Uri) || type == typeof(byte[]))
            {
                return "string";
            }

            return DictionaryTypes(type) is not null ? "object" : ElementType(type) is not null ? "array" : "object";
        }

        /// <summary>The query-string keys of a complex query input, as MVC binds them (settable properties, nested ones dotted), camelCased like the OpenAPI document.</summary>
        public List<string> QueryKeys(Type type) => QueryKeys(type, prefix: string.Empty, depth: 0).ToList();

        private IEnumerable<string> QueryKeys(Type type, string prefix, int depth)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.SetMethod?.IsPublic != true)
                {
                    continue;
                }

                var key = prefix + (json.PropertyNamingPolicy?.ConvertName(property.Name) ?? property.Name);
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (depth < 4 && !HttpApiConventions.IsSimple(propertyType) && ElementType(propertyType) is null && DictionaryTypes(propertyType) is null)
                {
                    foreach (var nested in QueryKeys(propertyType, key + ".", depth + 1))
                    {
                        yield return nested;
                    }
                }
                else
                {
                    yield return key;
                }
            }
        }

        public SortedDictionary<string, TypeApiDefinition> DescribeReachableTypes()
        {
            var described = new SortedDictionary<string, TypeApiDefinition>(StringComparer.Ordinal);
            var queue = new Queue<Type>(_reached);
            var seen = new HashSet<Type>(_reached);
            while (queue.Count > 0)
            {
                var type = queue.Dequeue();
                var (name, definition) = Describe(type);
                described[name] = definition;
                foreach (var next in _reached.Where(seen.Add))
                {
                    queue.Enqueue(next);
                }
            }

            return described;
        }

        private (string Name, TypeApiDefinition Definition) Describe(Type type)
        {
            if (type.IsEnum)
            {
                var values = Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(v => Enum.ToObject(type, v)).ToList();
                return (TypeName(type), new TypeApiDefinition("enum", null, null, null,
                    values.Select(v => Enum.GetName(type, v)!).ToList(), EnumJsonValues(type)));
            }

            var baseType = type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && IsDescribed(b) ? b : null;
            if (baseType is not null)
            {
                Reach(baseType);
            }

            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod?.IsPublic == true &&
                    p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
                .OrderBy(p => p.MetadataToken)
                .Select(p => new PropertyApiDefinition(
                    p.Name,
                    p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? json.PropertyNamingPolicy?.ConvertName(p.Name) ?? p.Name,
                    Reference(p.PropertyType),
                    Nullable.GetUnderlyingType(p.PropertyType) is not null ||
                        (!p.PropertyType.IsValueType && Nullability.Create(p).ReadState == NullabilityState.Nullable),
                    p.IsDefined(typeof(RequiredAttribute)) || p.IsDefined(typeof(RequiredMemberAttribute)) || p.IsDefined(typeof(JsonRequiredAttribute))))
                .ToList();
            return (TypeName(type), new TypeApiDefinition("object", baseType is null ? null : TypeName(baseType),
                type.IsGenericTypeDefinition ? type.GetGenericArguments().Select(a => a.Name).ToList() : null, properties, null, null));
        }

        /// <summary>Each member of an enum as the host's JSON options write it: a string, or a number (as <see cref="long"/>).</summary>
        private List<object> EnumJsonValues(Type enumType) =>
            Enum.GetValuesAsUnderlyingType(enumType).Cast<object>()
                .Select(v => JsonSerializer.SerializeToElement(Enum.ToObject(enumType, v), enumType, json))
                .Select(e => e.ValueKind == JsonValueKind.String ? (object)e.GetString()! : e.GetInt64())
                .ToList();

        /// <summary>Records the DTOs and enums a type reference reaches (through nullables, collections, dictionaries and generic arguments).</summary>
        private void Reach(Type type)
        {
            if (type.IsGenericParameter || type == typeof(void))
            {
                return;
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                Reach(underlying);
                return;
            }

            if (DictionaryTypes(type) is { } kv)
            {
                Reach(kv.Key);
                Reach(kv.Value);
                return;
            }

            if (ElementType(type) is { } element)
            {
                Reach(element);
                return;
            }

            if (type.IsGenericType && !type.IsGenericTypeDefinition)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    Reach(argument);
                }

                type = type.GetGenericTypeDefinition();
            }

            if (IsDescribed(type))
            {
                _reached.Add(type);
            }
        }

        private static bool IsDescribed(Type type) =>
            type.IsEnum || (!type.IsPrimitive && !HttpApiConventions.IsSimple(type) && type.Namespace is { } ns &&
                !ns.StartsWith("System", StringComparison.Ordinal) && !ns.StartsWith("Microsoft", StringComparison.Ordinal));

        private static Type? ElementType(Type type)
        {
            if (type == typeof(string) || type == typeof(byte[]))
            {
                return null;
            }

            if (type.IsArray)
            {
                return type.GetElementType();
            }

            var enumerable = type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0] ?? (typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : null);
        }

        private static KeyValuePair<Type, Type>? DictionaryTypes(Type type)
        {
            var dictionary = new[] { type }.Concat(type.GetInterfaces())
                .FirstOrDefault(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
            return dictionary is null ? null : new KeyValuePair<Type, Type>(dictionary.GetGenericArguments()[0], dictionary.GetGenericArguments()[1]);
        }
    }
}
